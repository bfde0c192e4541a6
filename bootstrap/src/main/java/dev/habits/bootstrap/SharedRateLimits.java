package dev.habits.bootstrap;

import dev.habits.http.protection.RateLimitStore;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rate-limit buckets in PostgreSQL's {@code rate_limit_buckets} table, shared by every node. A bucket
 * that has refilled carries no information, so a sweeper deletes those once a minute and the table
 * holds only the clients that were active lately.
 */
final class SharedRateLimits implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedRateLimits.class);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final int SWEEP_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ScheduledExecutorService sweeper;

    SharedRateLimits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rate-limit-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_EVERY.toSeconds(), SWEEP_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    RateLimitStore store() {
        return RateLimitStore.shared(buckets);
    }

    /** Deletes refilled buckets, a batch at a time; a failure (database away) waits for the next round. */
    int sweep() {
        int removed = 0;
        try {
            int batch;
            do {
                batch = buckets.removeExpired(SWEEP_BATCH);
                removed += batch;
            } while (batch == SWEEP_BATCH);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove refilled rate-limit buckets: {}", e.toString());
        }
        return removed;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
