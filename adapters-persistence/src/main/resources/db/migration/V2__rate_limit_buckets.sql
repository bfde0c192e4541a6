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
