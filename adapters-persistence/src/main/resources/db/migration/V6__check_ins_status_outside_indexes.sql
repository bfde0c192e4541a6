-- A check-in that changes a day, say done to skipped, writes status, note and updated_at.
-- PostgreSQL updates a row in place (a heap-only tuple: no new entry in any index, and the old
-- version pruned from its page) only when no index holds a column the update changes. With V4's
-- index holding status, every change wrote a new row version and an entry in both indexes, and
-- left the old ones for vacuum to find. This index keeps what the today view looks up by (owner
-- and day) and the habit; the status comes from the row, which the today view reads only for a
-- habit whose history changed since this node last read it. Paired against V4's index (same jar,
-- bench/pair.sh): PostgreSQL check-ins 1.05 times the requests (99 % of the updates heap-only,
-- against under 1 %) and a mix of reads and check-ins 1.13 times; H2 check-ins 1.035, the mix 1.04.
-- A plain CREATE INDEX holds off writes to check_ins while it builds: seconds for millions of rows.
CREATE INDEX check_ins_by_owner_day_habit ON check_ins (user_id, check_date, habit_id);
DROP INDEX check_ins_by_owner_day_status;
