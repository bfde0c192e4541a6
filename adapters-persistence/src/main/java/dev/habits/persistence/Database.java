package dev.habits.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.habits.application.port.CheckIns;
import dev.habits.application.port.Habits;
import dev.habits.application.port.RefreshTokens;
import dev.habits.application.port.TransactionRunner;
import dev.habits.application.port.Users;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;

/**
 * The habit tracker's database, H2 or PostgreSQL: a connection pool with the schema migrated, and
 * the repository ports over it. Repository calls made inside {@link #transactions()} on the same
 * thread join that transaction.
 */
public final class Database implements AutoCloseable {
    private static final int REACHABLE_TIMEOUT_S = 1;

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Users users;
    private final Habits habits;
    private final CheckIns checkIns;
    private final RefreshTokens refreshTokens;
    private final TransactionRunner transactions;
    private final CompletableFuture<Void> migration;
    private final Runnable releaseFile;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, CompletableFuture<Void> migration,
                     Runnable releaseFile) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.migration = migration;
        this.releaseFile = releaseFile;
        Jdbi jdbi = Jdbi.create(dataSource);
        this.users = new JdbiUsers(jdbi);
        // Shared: a check-in that retags a habit's row carries this node's copy over to the new tag.
        MappedHabits mapped = new MappedHabits(MappedHabits.DEFAULT_MAX);
        boolean postgres = ConnectionPool.isPostgres(settings.url());
        this.habits = new JdbiHabits(jdbi, mapped, postgres);
        this.checkIns = new JdbiCheckIns(jdbi, postgres, mapped);
        this.refreshTokens = new JdbiRefreshTokens(jdbi);
        this.transactions = new JdbiTransactions(jdbi);
    }

    /**
     * Opens the pool and brings the schema up to date; throws {@link IllegalStateException} at once
     * when the database cannot be reached or its schema cannot be migrated.
     */
    public static Database open(DatabaseSettings settings) {
        Database database = connect(settings, Runnable::run);
        try {
            database.migration().join();
        } catch (CompletionException e) {
            database.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return database;
    }

    /**
     * Opens the pool and starts bringing the schema up to date on {@code migrationThread}, for a
     * caller with other work to do while that runs; no repository may be used before
     * {@link #migration()} has completed. Throws {@link IllegalStateException} at once when the
     * database cannot be reached.
     */
    public static Database connect(DatabaseSettings settings, Executor migrationThread) {
        // Before the pool, and once: the migration's connections open while this pool holds the file.
        Runnable releaseFile = ConnectionPool.startCleanly(settings);
        HikariDataSource dataSource = null;
        CompletableFuture<Void> migration = null;
        try {
            dataSource = ConnectionPool.open(settings);
            migration = CompletableFuture.runAsync(() -> migrate(settings), migrationThread);
            // The repositories are built while the schema is migrated: Jdbi's set-up loads some 450
            // classes, a tenth of a second that the start no longer spends before the migration begins.
            return new Database(settings, dataSource, migration, releaseFile);
        } catch (RuntimeException e) {
            if (migration != null) {
                awaitEnd(migration);
            }
            if (dataSource != null) {
                dataSource.close();
            }
            releaseFile.run();
            throw e;
        }
    }

    /**
     * Brings the schema up to date. Flyway holds one connection for its lock while it migrates on
     * another, so it takes them from the driver, not from the pool, which may have only one. (A
     * short-lived pool of its own, as before, cost an AOT-cached start some 25 ms.)
     */
    private static void migrate(DatabaseSettings settings) {
        try {
            Flyway.configure()
                    .dataSource(ConnectionPool.unpooled(settings))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("Cannot migrate the database at " + settings.redactedUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Completes when the schema is up to date; completes with an {@link IllegalStateException} when
     * it cannot be migrated.
     */
    public CompletableFuture<Void> migration() {
        return migration.copy();
    }

    public Users users() {
        return users;
    }

    public Habits habits() {
        return habits;
    }

    public CheckIns checkIns() {
        return checkIns;
    }

    public RefreshTokens refreshTokens() {
        return refreshTokens;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    /** Whether a connection can be had and answers within about a second; never throws. */
    public boolean isReachable() {
        if (dataSource.isClosed()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(REACHABLE_TIMEOUT_S);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a failure of a repository call means the database is away (the caller should answer
     * "try again later") rather than a bug: the pool timed out, a connection broke, or the server
     * is stopping or starting.
     */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && Sql.isOutage(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The pool itself, for metrics. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes the pool once a migration still running has ended, well or not. */
    @Override
    public void close() {
        awaitEnd(migration);
        try {
            dataSource.close();
        } finally {
            releaseFile.run();
        }
    }

    /**
     * A process that stops because its start failed must not exit in the middle of a migration:
     * an embedded H2 file would be left as a kill leaves it.
     */
    private static void awaitEnd(CompletableFuture<Void> migration) {
        migration.handle((done, failure) -> null).join();
    }
}
