package dev.habits.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;

/**
 * Connection-pool figures for /metrics. The pool is the persistence adapter's and the registry the
 * HTTP adapter's; only the wiring knows both, so the gauges are bound here.
 */
final class PoolMetrics {
    private PoolMetrics() {
    }

    static void bind(DataSource dataSource, MeterRegistry registry) {
        if (!(dataSource instanceof HikariDataSource hikari)) {
            return;
        }
        gauge(registry, "db.pool.connections.active", "connections in use", hikari, HikariPoolMXBean::getActiveConnections);
        gauge(registry, "db.pool.connections.idle", "connections ready", hikari, HikariPoolMXBean::getIdleConnections);
        gauge(registry, "db.pool.connections.total", "connections open", hikari, HikariPoolMXBean::getTotalConnections);
        gauge(registry, "db.pool.connections.pending", "requests waiting for a connection", hikari,
                HikariPoolMXBean::getThreadsAwaitingConnection);
        Gauge.builder("db.pool.connections.max", hikari, HikariDataSource::getMaximumPoolSize)
                .description("pool size limit").register(registry);
    }

    private static void gauge(MeterRegistry registry, String name, String description, HikariDataSource hikari,
                              ToIntFunction<HikariPoolMXBean> figure) {
        Gauge.builder(name, hikari, h -> {
            HikariPoolMXBean pool = h.getHikariPoolMXBean();
            return pool == null ? 0 : figure.applyAsInt(pool);
        }).description(description).register(registry);
    }
}
