package dev.habits.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;

/** Builds the HikariCP pool so that a dead database fails requests (and start-up) in seconds. */
final class ConnectionPool {
    /** How long a request waits for a pooled connection before it fails (a 503). */
    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(2_500);
    /**
     * How long a call waits for a batch to take it ({@link Batches}) before it goes alone: longer
     * than {@link #CONNECTION_TIMEOUT}, so that when the database cannot be reached the batch on its
     * way fails first and gives its failure to the waiting calls, instead of each of them then
     * waiting as long again for a connection of its own (a 5 s answer where 2.5 s were promised).
     */
    static final Duration BATCH_QUEUE_WAIT = CONNECTION_TIMEOUT.plusSeconds(1);
    private static final long VALIDATION_TIMEOUT_MS = 1_000;
    // pgjdbc waits forever on a silent server by default; these bound connect, log-in and each read (seconds).
    private static final String PG_CONNECT_TIMEOUT_S = "3";
    private static final String PG_LOGIN_TIMEOUT_S = "3";
    private static final String PG_SOCKET_TIMEOUT_S = "30";
    // Every statement of ours reads or writes one user's rows by key, so an index is the right plan at any
    // table size. PostgreSQL's default random_page_cost (4, priced for spinning disks) has it read a small
    // table whole instead: a new server's habits, every list and today view (bench/pair.sh: 1.24x the
    // list's requests/s with the index). 1.1 is the usual figure for SSDs and cached databases. Only our
    // sessions get it, and only where nobody set one: a value from the server's configuration, the
    // database, the role or the URL's options is kept.
    private static final String PG_SESSION_SETUP = "SELECT set_config('random_page_cost', '1.1', false) "
            + "FROM pg_settings WHERE name = 'random_page_cost' AND source = 'default'";

    private ConnectionPool() {
    }

    static HikariDataSource open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("habits");
        Properties properties = driverProperties(settings);
        Connector connector = Connector.of(jdbcUrl(settings.url()), properties);
        config.setDataSource(connector);
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT_MS);
        if (isPostgres(settings.url())) {
            config.setConnectionInitSql(PG_SESSION_SETUP);
        }
        // Try once for a connection at start-up and refuse to start without one.
        config.setInitializationFailTimeout(CONNECTION_TIMEOUT.toMillis());
        try {
            Pool pool = new Pool(config, connector);
            connector.waitOutOutages();
            return pool;
        } catch (RuntimeException e) {
            throw cannotConnect(settings, e);
        }
    }

    /**
     * Connections straight from the driver, with the same URL and driver settings as the pool's
     * and nothing retried: for the migration, which opens two and is done.
     */
    static DataSource unpooled(DatabaseSettings settings) {
        return Connector.of(jdbcUrl(settings.url()), driverProperties(settings));
    }

    /**
     * For an embedded H2 file, see {@link H2CleanStart}; does nothing for other databases. The
     * returned release says the file is no longer open here: run it once the pool has closed.
     */
    static Runnable startCleanly(DatabaseSettings settings) {
        try {
            return H2CleanStart.closeOnceIfKillable(jdbcUrl(settings.url()), driverProperties(settings));
        } catch (SQLException e) {
            throw cannotConnect(settings, e);
        }
    }

    private static Properties driverProperties(DatabaseSettings settings) {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        if (isPostgres(settings.url())) {
            // Driver properties only fill in what the URL leaves out: pgjdbc lets the URL win.
            properties.setProperty("connectTimeout", PG_CONNECT_TIMEOUT_S);
            properties.setProperty("loginTimeout", PG_LOGIN_TIMEOUT_S);
            properties.setProperty("socketTimeout", PG_SOCKET_TIMEOUT_S);
        }
        return properties;
    }

    /** The pool, which stops its connector's retries when it closes. */
    private static final class Pool extends HikariDataSource {
        private final Connector connector;

        Pool(HikariConfig config, Connector connector) {
            super(config);
            this.connector = connector;
        }

        @Override
        public void close() {
            connector.stopWaiting();
            super.close();
        }
    }

    /** A bare {@code jdbc:h2:file:} URL gets our H2 settings; URLs that carry settings are left as they are. */
    static String jdbcUrl(String url) {
        if (url.startsWith("jdbc:h2:file:") && !url.contains(";")) {
            return url + DatabaseSettings.H2_MODE;
        }
        return url;
    }

    static boolean isPostgres(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    private static IllegalStateException cannotConnect(DatabaseSettings settings, Exception e) {
        return new IllegalStateException("Cannot connect to the database at " + settings.redactedUrl() + ": "
                + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
