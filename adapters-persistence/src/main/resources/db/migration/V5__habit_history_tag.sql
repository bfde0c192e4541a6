-- Every write to a habit's row or to its check-ins gives the habit a new history tag, in the same
-- transaction (JdbiHabits, JdbiCheckIns). A node that read the habit's days, or mapped its row,
-- under one tag can keep them for as long as the habit still has it: stats and the today view then
-- read the habit rows and not years of check-ins, and map only rows they have not seen.
-- The tag is random rather than counted up, so a database restored from a backup cannot bring a
-- tag back with other content behind it. A program that writes habits or check_ins itself must set
-- a new one.
ALTER TABLE habits ADD COLUMN history_tag BIGINT DEFAULT 0 NOT NULL;
