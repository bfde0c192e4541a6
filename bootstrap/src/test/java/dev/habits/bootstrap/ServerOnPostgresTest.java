package dev.habits.bootstrap;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same black-box walk through against PostgreSQL (HABITS_TEST_POSTGRES_URL), in a schema of its
 * own. Without the URL it is skipped, unless CI is set: then it fails, so CI cannot pass untested.
 */
class ServerOnPostgresTest {
    @TempDir
    Path dataDir;

    @Test
    void theReadmeWalkThroughWorksOnPostgresql() throws SQLException {
        String url = System.getenv("HABITS_TEST_POSTGRES_URL");
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (url == null || url.isBlank()) {
            if (ci) {
                fail("HABITS_TEST_POSTGRES_URL must name a PostgreSQL database when CI is set");
            }
            abort("HABITS_TEST_POSTGRES_URL is not set: PostgreSQL walk-through skipped");
        }
        String schema = "server_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
        try {
            String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            ServerSettings settings = ServerSettings.from(Environment.of(Map.of("HABITS_PORT", "0",
                    "HABITS_DATA_DIR", dataDir.toString(), "HABITS_DB_URL", schemaUrl, "HABITS_AUTH_RATE_LIMIT", "0")));
            try (HabitServer server = HabitServer.start(settings)) {
                ServerWalkthrough client = new ServerWalkthrough(server.port());
                client.exportAndLeave(client.walkThroughTheReadme("ada@example.com"));
            }
        } finally {
            try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
