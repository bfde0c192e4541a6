-- The whole schema of V1 to V6 in one script, for a database that has none yet: Flyway runs it
-- instead of the six (a baseline migration) and goes on with any V7 and later. A database
-- migrated before keeps its history and goes on from where it is; the V scripts stay, unchanged,
-- for those and as the record of why each part is there.
--
-- Why: on the embedded H2 the server creates the schema at its first start, on the two cores it
-- is starting on. Six migrations, each in its own transaction, with an index built and dropped
-- twice on the way, made a fresh start on JDK 17 about a tenth slower than this one script.
--
-- MigrationsContract holds this script to the same schema, column by column and index by index,
-- as the six build, on H2 and on PostgreSQL. Never edit it: a change to the schema is a new V
-- script, which runs after this one on a new database and after V6 on an old one.
--
-- As V1: it runs unchanged on PostgreSQL and on H2 in MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE, so
-- it keeps to what both understand: no partial or expression indexes, no TEXT (H2 makes it a
-- CLOB), no ON CONFLICT. Every table carries the owning user's id and every query filters on it,
-- so the tables can later be distributed by user (Citus) without rewriting the queries. Text
-- limits are the domain's (counted in code points); the column widths leave headroom because H2
-- counts UTF-16 units.

CREATE TABLE users (
    id                          UUID                     NOT NULL,  -- the user_id every other table refers to
    email                       VARCHAR(254)             NOT NULL,  -- stored normalised: trimmed, lower-case
    display_name                VARCHAR(100)             NOT NULL,
    time_zone                   VARCHAR(64)              NOT NULL,  -- IANA name, e.g. Europe/Berlin
    week_start                  SMALLINT                 NOT NULL,  -- ISO day: 1 = Monday .. 7 = Sunday
    day_start_hour              SMALLINT                 NOT NULL,
    locale                      VARCHAR(100)             NOT NULL,  -- BCP-47 tag
    notifications_email_enabled BOOLEAN                  NOT NULL,
    password_hash               VARCHAR(512)             NOT NULL,
    token_generation            INTEGER                  NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT users_pk PRIMARY KEY (id),
    CONSTRAINT users_week_start_check CHECK (week_start BETWEEN 1 AND 7),
    CONSTRAINT users_day_start_hour_check CHECK (day_start_hour BETWEEN 0 AND 23),
    CONSTRAINT users_token_generation_check CHECK (token_generation >= 0)
);

-- Serves Users.byEmail (sign-in) and makes one address one account.
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE habits (
    user_id         UUID                     NOT NULL,
    id              UUID                     NOT NULL,
    name            VARCHAR(240)             NOT NULL,
    -- lower(name) while the habit is active, NULL once archived: the unique constraint
    -- below then holds among active habits only (NULLs never collide), the portable
    -- form of a partial unique index.
    active_name_key VARCHAR(240),
    description     VARCHAR(1200)            NOT NULL,
    color           VARCHAR(7)               NOT NULL,
    schedule_type   VARCHAR(16)              NOT NULL,
    schedule_days   SMALLINT,                           -- weekdays: bit (ISO day - 1) set per day, Monday = 1
    schedule_times  SMALLINT,                           -- timesPerWeek: how many days a week
    start_date      DATE                     NOT NULL,
    archived_at     TIMESTAMP WITH TIME ZONE,
    position        INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A new random tag with every write to the habit or its check-ins (V5 says why).
    history_tag     BIGINT DEFAULT 0         NOT NULL,
    -- (user_id, id) rather than (id): the key then carries the distribution column,
    -- and check-ins can reference a habit together with its owner.
    CONSTRAINT habits_pk PRIMARY KEY (user_id, id),
    CONSTRAINT habits_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    -- Serves Habits.activeNameTaken and refuses a second active habit of the same name.
    CONSTRAINT habits_active_name_key UNIQUE (user_id, active_name_key),
    CONSTRAINT habits_active_name_check CHECK ((archived_at IS NULL) = (active_name_key IS NOT NULL)),
    CONSTRAINT habits_schedule_check CHECK (
        (schedule_type = 'daily' AND schedule_days IS NULL AND schedule_times IS NULL)
        OR (schedule_type = 'weekdays' AND schedule_days BETWEEN 1 AND 127 AND schedule_times IS NULL)
        OR (schedule_type = 'timesPerWeek' AND schedule_days IS NULL AND schedule_times BETWEEN 1 AND 7)),
    CONSTRAINT habits_position_check CHECK (position >= 0)
);

-- Habits.byId/update/delete use the primary key (user_id, id).
-- Serves Habits.of (a user's list, ordered by position then newest first) and
-- Habits.nextPosition (max position of the user's active habits).
CREATE INDEX habits_by_owner_position ON habits (user_id, position, created_at);

CREATE TABLE check_ins (
    user_id    UUID                     NOT NULL,
    habit_id   UUID                     NOT NULL,
    check_date DATE                     NOT NULL,
    status     VARCHAR(8)               NOT NULL,
    note       VARCHAR(2000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- One check-in per habit and day. The key also serves every check-in query:
    -- CheckIns.on (equality on all three), CheckIns.between (habit + date range),
    -- CheckIns.historyOf (habit, by date), CheckIns.historiesOf (user, by habit and
    -- date) and the cascade from habits.
    CONSTRAINT check_ins_pk PRIMARY KEY (user_id, habit_id, check_date),
    -- Referencing (user_id, id) makes a check-in's owner always its habit's owner.
    CONSTRAINT check_ins_habit_fk FOREIGN KEY (user_id, habit_id)
        REFERENCES habits (user_id, id) ON DELETE CASCADE,
    CONSTRAINT check_ins_status_check CHECK (status IN ('DONE', 'SKIPPED'))
);

-- Serves CheckIns.historiesSince and daysSince (the today view: every habit's recent days), which
-- the primary key cannot range over across a user's habits. Status stays out of it so that a
-- changed day is updated in place on PostgreSQL (V3, V4 and V6 say how it got here).
CREATE INDEX check_ins_by_owner_day_habit ON check_ins (user_id, check_date, habit_id);

CREATE TABLE refresh_tokens (
    user_id    UUID                     NOT NULL,
    id         UUID                     NOT NULL,
    family_id  UUID                     NOT NULL,
    token_hash VARCHAR(128)             NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    -- Serves RefreshTokens.markUsed (by id).
    CONSTRAINT refresh_tokens_pk PRIMARY KEY (id),
    CONSTRAINT refresh_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

-- Serves RefreshTokens.byHash (every refresh and logout); a hash names one token.
CREATE UNIQUE INDEX refresh_tokens_hash_key ON refresh_tokens (token_hash);
-- Serves RefreshTokens.revokeFamily (reuse detection, logout).
CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id);
-- Serves RefreshTokens.revokeAllOf (password change) and the cascade from users.
CREATE INDEX refresh_tokens_by_user ON refresh_tokens (user_id);

-- Rate-limit buckets shared by several server nodes (HABITS_RATE_LIMIT_STORE=database), in the
-- layout of Bucket4j's JDBC backends. Only PostgreSQL uses it (Bucket4j has no H2 backend); on H2
-- it stays empty. Keys name what is limited: 'user:<uuid>', 'auth-ip:<address>', 'auth-email:<email>'.
-- No user_id column: a bucket may limit an address or an email, not a user's data.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(400) NOT NULL,
    state      BYTEA,                 -- Bucket4j's serialised bucket
    expires_at BIGINT,                -- epoch milliseconds after which the bucket is full again
    CONSTRAINT rate_limit_buckets_pk PRIMARY KEY (id)
);

-- Serves the periodic removal of buckets that have refilled.
CREATE INDEX rate_limit_buckets_by_expiry ON rate_limit_buckets (expires_at);
