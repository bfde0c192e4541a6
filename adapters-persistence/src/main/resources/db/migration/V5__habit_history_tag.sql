-- Every write to a habit's check-ins gives the habit a new history tag, in the same transaction
-- (JdbiCheckIns). A node that read the habit's days under one tag can keep them for as long as the
-- habit still has it: stats and the today view then read the habit row and not years of check-ins.
-- The tag is random rather than counted up, so a database restored from a backup cannot bring a
-- tag back with other days behind it. A program that writes check_ins itself must set a new one.
ALTER TABLE habits ADD COLUMN history_tag BIGINT DEFAULT 0 NOT NULL;
