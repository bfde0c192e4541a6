package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening, checking and closing the database, and the URLs it is opened with. */
class DatabaseTest {

    @Test
    void theDefaultH2UrlIsAFileInTheDataDirectoryInPostgresModeWithoutWriteDelay(@TempDir Path dir) {
        String url = DatabaseSettings.defaultH2Url(dir);

        assertThat(url).startsWith("jdbc:h2:file:" + dir.toAbsolutePath() + "/habits;")
                .contains("MODE=PostgreSQL", "DATABASE_TO_LOWER=TRUE", "DEFAULT_NULL_ORDERING=HIGH", "WRITE_DELAY=0",
                        "DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void aBareH2FileUrlGetsOurSettingsAndOtherUrlsAreLeftAsTheyAre() {
        assertThat(ConnectionPool.jdbcUrl("jdbc:h2:file:/data/habits"))
                .isEqualTo("jdbc:h2:file:/data/habits" + DatabaseSettings.H2_MODE);
        assertThat(ConnectionPool.jdbcUrl("jdbc:h2:file:/data/habits;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/data/habits;MODE=PostgreSQL");
        assertThat(ConnectionPool.jdbcUrl("jdbc:postgresql://db/habits")).isEqualTo("jdbc:postgresql://db/habits");
    }

    @Test
    void settingsNeverShowThePassword() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db/habits?user=app&password=s3cret",
                "app", "s3cret", 5);

        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void settingsRefuseAnEmptyPoolAndANonJdbcUrl() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DatabaseSettings("postgres://db", null, null, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreshFileDatabaseIsMigratedReachableAndReopensWithItsData(@TempDir Path dir) throws SQLException {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.defaultH2Url(dir), null, null, 2);
        try (Database db = Database.open(settings)) {
            assertThat(db.isReachable()).isTrue();
            assertThat(tables(db)).contains("users", "habits", "check_ins", "refresh_tokens");
        }
        try (Database reopened = Database.open(settings)) {
            assertThat(reopened.isReachable()).isTrue();
        }
    }

    @Test
    void aDatabaseConnectedWithoutWaitingMigratesOnTheGivenThreadAndSaysWhenItIsDone(@TempDir Path dir)
            throws Exception {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.defaultH2Url(dir), null, null, 2);
        ExecutorService migrationThread = Executors.newSingleThreadExecutor();
        try (Database db = Database.connect(settings, migrationThread)) {
            db.migration().get(30, TimeUnit.SECONDS);

            assertThat(tables(db)).contains("users", "habits", "check_ins", "refresh_tokens");
        } finally {
            migrationThread.shutdown();
        }
    }

    @Test
    void closingWhileTheMigrationRunsWaitsForItToEnd(@TempDir Path dir) throws Exception {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.defaultH2Url(dir), null, null, 2);
        CountDownLatch letItRun = new CountDownLatch(1);
        ExecutorService migrationThread = Executors.newSingleThreadExecutor();
        Database db = Database.connect(settings, migration -> migrationThread.execute(() -> {
            try {
                letItRun.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            migration.run();
        }));
        try {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(db::close);
            Thread.sleep(200);
            assertThat(closing).isNotDone();

            letItRun.countDown();

            closing.get(30, TimeUnit.SECONDS);
            assertThat(db.migration()).isCompleted();
            assertThat(db.isReachable()).isFalse();
        } finally {
            migrationThread.shutdown();
        }
    }

    @Test
    void aSchemaThatCannotBeMigratedFailsTheMigrationWithAClearMessage(@TempDir Path dir) throws SQLException {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.defaultH2Url(dir), null, null, 2);
        try (Connection c = java.sql.DriverManager.getConnection(settings.url());
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (someone_elses INT)"); // the first migration creates users
        }

        try (Database db = Database.connect(settings, Runnable::run)) {
            assertThat(db.migration()).isCompletedExceptionally();
            assertThatThrownBy(() -> db.migration().join()).cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Cannot migrate the database at " + settings.url());
        }
        assertThatThrownBy(() -> Database.open(settings)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot migrate the database at ");
    }

    @Test
    void anExistingH2FileIsOpenedAndClosedOnceBeforeThePoolTakesIt(@TempDir Path dir) throws Exception {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.defaultH2Url(dir), null, null, 1);
        Database.open(settings).close();

        ConnectionPool.startCleanly(settings);

        // H2 holds a lock on its file while open; taking it here proves the clean start closed it.
        try (FileChannel file = FileChannel.open(dir.resolve("habits.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = file.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void aSecondDatabaseOnAFileThisProcessHasOpenLeavesTheFirstWorking(@TempDir Path dir) throws SQLException {
        DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.defaultH2Url(dir), null, null, 2);
        try (Database first = Database.open(settings); Database second = Database.open(settings)) {
            assertThat(first.isReachable()).isTrue();
            assertThat(tables(first)).contains("habits");
            assertThat(second.isReachable()).isTrue();
        }
    }

    @Test
    void onlyEmbeddedH2FilesAreClosedBeforeTheyAreOpened() {
        assertThat(H2CleanStart.isEmbeddedFile("jdbc:h2:file:/data/habits")).isTrue();
        assertThat(H2CleanStart.isEmbeddedFile("jdbc:h2:./data/habits")).isTrue();
        assertThat(H2CleanStart.isEmbeddedFile("jdbc:h2:mem:habits")).isFalse();
        assertThat(H2CleanStart.isEmbeddedFile("jdbc:h2:tcp://db/habits")).isFalse();
        assertThat(H2CleanStart.isEmbeddedFile("jdbc:postgresql://db/habits")).isFalse();
    }

    @Test
    void aClosedDatabaseIsNotReachable(@TempDir Path dir) {
        Database db = Database.open(new DatabaseSettings(DatabaseSettings.defaultH2Url(dir), null, null, 1));
        db.close();

        assertThat(db.isReachable()).isFalse();
    }

    @Test
    void openingAnUnreachableDatabaseFailsAtOnceWithAClearMessage() {
        DatabaseSettings nowhere = new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:1/habits?user=app&password=s3cret", null, null, 2);

        assertThatThrownBy(() -> Database.open(nowhere))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot connect to the database at jdbc:postgresql://127.0.0.1:1/habits")
                .message().doesNotContain("s3cret");
    }

    private static java.util.List<String> tables(Database db) throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    @Test
    void connectionFailuresCountAsAnOutageAndOtherFailuresDoNot() {
        assertThat(Database.isOutage(new RuntimeException(new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(Database.isOutage(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(Database.isOutage(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(Database.isOutage(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(Database.isOutage(new ConnectionException(new SQLException("no route to host")))).isTrue();
        assertThat(Database.isOutage(new SQLException("canceling statement due to statement timeout", "57014")))
                .isFalse();
        assertThat(Database.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Database.isOutage(new IllegalStateException("bug"))).isFalse();
    }
}
