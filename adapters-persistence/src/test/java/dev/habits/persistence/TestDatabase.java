package dev.habits.persistence;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A database of its own for one test class: a fresh H2 file in a temporary directory, or a fresh
 * schema in the PostgreSQL that {@code HABITS_TEST_POSTGRES_URL} names. Without that variable the
 * PostgreSQL tests are skipped, unless {@code CI} is set: there a missing or unreachable
 * PostgreSQL fails the build rather than passing it unseen.
 */
final class TestDatabase implements AutoCloseable {
    static final String POSTGRES_URL_VARIABLE = "HABITS_TEST_POSTGRES_URL";
    private static final int POOL_SIZE = 10;

    private final DatabaseSettings settings;
    private final Database database;
    private final Runnable cleanup;
    private Database anotherNode;

    private TestDatabase(DatabaseSettings settings, Runnable cleanup) {
        this.settings = settings;
        this.database = Database.open(settings);
        this.cleanup = cleanup;
    }

    Database database() {
        return database;
    }

    /** The same database through a pool and repositories of their own, as a second server node has them. */
    synchronized Database anotherNode() {
        if (anotherNode == null) {
            anotherNode = Database.open(settings);
        }
        return anotherNode;
    }

    /** The same database through a pool of its own whose URL also carries {@code parameter} ({@code name=value}). */
    Database openWithUrlParameter(String parameter) {
        return Database.open(new DatabaseSettings(withParameter(settings.url(), parameter), null, null, 1));
    }

    static TestDatabase h2() {
        return opened(emptyH2());
    }

    static TestDatabase postgres() {
        return opened(emptyPostgres());
    }

    private static TestDatabase opened(Empty empty) {
        return new TestDatabase(new DatabaseSettings(empty.url(), null, null, POOL_SIZE), empty::close);
    }

    /** A database with nothing in it yet, not opened, and the removal of it. */
    record Empty(String url, Runnable removal) implements AutoCloseable {
        @Override
        public void close() {
            removal.run();
        }
    }

    static Empty emptyH2() {
        Path dir = temporaryDirectory();
        return new Empty(DatabaseSettings.defaultH2Url(dir), () -> deleteRecursively(dir));
    }

    static Empty emptyPostgres() {
        String url = postgresUrl();
        String schema = "habits_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, "CREATE SCHEMA " + schema);
        return new Empty(withParameter(url, "currentSchema=" + schema),
                () -> execute(url, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    /** The PostgreSQL URL to test against; skips the caller's tests (or fails them on CI) when there is none. */
    static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (url == null || url.isBlank()) {
            if (ci) {
                fail(POSTGRES_URL_VARIABLE + " must name a PostgreSQL database when CI is set");
            }
            abort(POSTGRES_URL_VARIABLE + " is not set: PostgreSQL tests skipped");
        }
        try (Connection connection = connect(url)) {
            if (!connection.isValid(3)) {
                throw new SQLException("the connection did not answer a validity check");
            }
            return url;
        } catch (SQLException e) {
            if (ci) {
                fail("PostgreSQL named by " + POSTGRES_URL_VARIABLE + " is unreachable: " + e.getMessage(), e);
            }
            abort("PostgreSQL is unreachable, tests skipped: " + e.getMessage());
            throw new AssertionError(e);
        }
    }

    static void execute(String url, String sql) {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public void close() {
        try {
            if (anotherNode != null) {
                anotherNode.close();
            }
            database.close();
        } finally {
            cleanup.run();
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("habits-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
