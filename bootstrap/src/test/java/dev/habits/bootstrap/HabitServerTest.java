package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.persistence.DatabaseSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server, wired as main wires it, on the embedded H2 default. */
class HabitServerTest {
    @TempDir
    Path dataDir;

    private ServerSettings settings(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("HABITS_PORT", "0", "HABITS_DATA_DIR", dataDir.toString(),
                "HABITS_AUTH_RATE_LIMIT", "0"));
        env.putAll(extra);
        return ServerSettings.from(Environment.of(env));
    }

    @Test
    void theReadmeWalkThroughWorksOnTheH2Default() {
        try (HabitServer server = HabitServer.start(settings(Map.of()))) {
            ServerWalkthrough client = new ServerWalkthrough(server.port());
            assertThat(client.send("GET", "/health/ready", null, null).status()).isEqualTo(200);
            assertThat(client.text("/metrics")).contains("db_pool_connections_active", "db_pool_connections_max");
            client.exportAndLeave(client.walkThroughTheReadme("ada@example.com"));
        }
    }

    @Test
    void dataAndTokensSurviveARestart() {
        String token;
        try (HabitServer server = HabitServer.start(settings(Map.of()))) {
            token = new ServerWalkthrough(server.port()).walkThroughTheReadme("grace@example.com");
        }
        assertThat(dataDir.resolve("jwt-secret")).exists();
        try (HabitServer server = HabitServer.start(settings(Map.of()))) {
            ServerWalkthrough client = new ServerWalkthrough(server.port());
            ServerWalkthrough.Reply habits = client.send("GET", "/api/v1/habits", null, token);
            assertThat(habits.status()).isEqualTo(200);
            assertThat(habits.body().at("/data/0/name").asText()).isEqualTo("Read");
        }
    }

    @Test
    void startingWithTheDatabaseDownFailsWithAClearMessage() {
        assertThatThrownBy(() -> HabitServer.start(settings(Map.of(
                "HABITS_DB_URL", "jdbc:postgresql://127.0.0.1:1/none?user=nobody"))))
                .hasMessageContaining("database");
    }

    @Test
    void aSchemaThatCannotBeMigratedStopsTheStartWithAClearMessageAndStartsOnceRepaired() throws Exception {
        String url = DatabaseSettings.defaultH2Url(dataDir);
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE users (someone_elses INT)"); // the first migration creates users
        }
        // The server listens while it migrates: the failed start must give its port back.
        Map<String, String> onePort = Map.of("HABITS_PORT", Integer.toString(freePort()));

        assertThatThrownBy(() -> HabitServer.start(settings(onePort)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot migrate the database at " + url);

        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE users");
        }
        try (HabitServer server = HabitServer.start(settings(onePort))) {
            assertThat(new ServerWalkthrough(server.port()).send("GET", "/health/ready", null, null).status()).isEqualTo(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
