package dev.habits.bootstrap;

import dev.habits.application.HabitTracker;
import dev.habits.http.StoreSwitch;
import dev.habits.persistence.Database;
import dev.habits.persistence.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Runs the HTTP adapter's own test suite on the Jdbi adapter over PostgreSQL: each running API gets
 * a schema of its own, dropped when it stops. Selected with -Dhabits.test.store (see bootstrap's pom).
 */
public final class PostgresStore implements StoreSwitch {
    private final String url = System.getenv("HABITS_TEST_POSTGRES_URL");
    private final String schema = "http_" + UUID.randomUUID().toString().replace("-", "");
    private Database database;

    @Override
    public HabitTracker.Ports apply(HabitTracker.Ports ports) {
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("HABITS_TEST_POSTGRES_URL must name the PostgreSQL database to test on");
        }
        execute("CREATE SCHEMA " + schema);
        database = Database.open(new DatabaseSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                null, null, 4));
        return new HabitTracker.Ports(database.users(), database.habits(), database.checkIns(),
                database.refreshTokens(), database.transactions(), ports.hasher(), ports.accessTokens(), ports.ids(),
                ports.events(), ports.clock());
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at HABITS_TEST_POSTGRES_URL refused: " + sql, e);
        }
    }
}
