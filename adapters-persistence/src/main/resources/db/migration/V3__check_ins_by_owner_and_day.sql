-- Serves CheckIns.historiesSince (the today view: every habit's last weeks). The primary key
-- (user_id, habit_id, check_date) cannot range over the day across all of a user's habits, so
-- without this index the query read the user's whole history to keep its last weeks.
CREATE INDEX check_ins_by_owner_day ON check_ins (user_id, check_date);
