package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server nodes on one PostgreSQL database, as behind a load balancer: each has its own pool,
 * token verifier, hashing pool and rate limiter, and they share only the database and the secret.
 */
class SeveralNodesTest {
    private static final String SECRET = "a-secret-both-nodes-share-0123456789abcdef";
    private static final int API_LIMIT = 6;

    @TempDir
    Path dataDirA;
    @TempDir
    Path dataDirB;

    private String url;
    private String schema;

    @BeforeEach
    void ownSchema() throws SQLException {
        url = System.getenv("HABITS_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
                fail("HABITS_TEST_POSTGRES_URL must name a PostgreSQL database when CI is set");
            }
            abort("HABITS_TEST_POSTGRES_URL is not set: several-nodes test skipped");
        }
        schema = "nodes_" + UUID.randomUUID().toString().replace("-", "");
        sql("CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (schema != null) {
            sql("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void tokensRotationReuseDetectionAndRateLimitsHoldAcrossNodes() {
        try (HabitServer a = node(dataDirA, "database"); HabitServer b = node(dataDirB, "database")) {
            ServerWalkthrough onA = new ServerWalkthrough(a.port());
            ServerWalkthrough onB = new ServerWalkthrough(b.port());

            JsonNode registered = onA.send("POST", "/api/v1/auth/register",
                    "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"Ada\"}",
                    null).body().path("data").path("tokens");
            assertThat(onB.send("GET", "/api/v1/me", null, registered.path("accessToken").asText()).status())
                    .as("a token issued by A works on B").isEqualTo(200);

            String first = registered.path("refreshToken").asText();
            ServerWalkthrough.Reply rotated = onB.send("POST", "/api/v1/auth/refresh", refresh(first), null);
            assertThat(rotated.status()).as("A's refresh token rotates on B").isEqualTo(200);
            String second = rotated.body().path("data").path("tokens").path("refreshToken").asText();
            assertThat(onA.send("POST", "/api/v1/auth/refresh", refresh(first), null).status())
                    .as("the spent token replayed on A").isEqualTo(401);
            assertThat(onB.send("POST", "/api/v1/auth/refresh", refresh(second), null).status())
                    .as("the replay on A revoked the family B had issued into").isEqualTo(401);

            String token = onA.send("POST", "/api/v1/auth/login",
                    "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}", null)
                    .body().path("data").path("tokens").path("accessToken").asText();
            assertThat(acceptedAlternating(onA, onB, token, 2 * API_LIMIT))
                    .as("one user's budget, wherever the requests land").isEqualTo(API_LIMIT - 1);
        }
    }

    @Test
    void withBucketsInMemoryEachNodeCountsOnItsOwn() {
        try (HabitServer a = node(dataDirA, "memory"); HabitServer b = node(dataDirB, "memory")) {
            ServerWalkthrough onA = new ServerWalkthrough(a.port());
            ServerWalkthrough onB = new ServerWalkthrough(b.port());
            String token = signUp(onA, "Bob");

            assertThat(acceptedAlternating(onA, onB, token, 4 * API_LIMIT)).isEqualTo(2 * API_LIMIT);
        }
    }

    @Test
    void aPasswordChangeRevokesTokensAtOnceOnItsNodeAndWithinTheUserCacheLifetimeOnTheOther() {
        try (HabitServer a = node(dataDirA, "memory"); HabitServer b = node(dataDirB, "memory")) {
            ServerWalkthrough onA = new ServerWalkthrough(a.port());
            ServerWalkthrough onB = new ServerWalkthrough(b.port());
            String token = signUp(onA, "Cy");
            assertThat(onB.send("GET", "/api/v1/me", null, token).status()).as("B now holds Cy's row").isEqualTo(200);

            assertThat(onA.send("PUT", "/api/v1/me/password",
                    "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"another long passphrase\"}",
                    token).status()).isEqualTo(204);
            long changed = System.nanoTime();

            assertThat(onA.send("GET", "/api/v1/me", null, token).status()).as("on A, at once").isEqualTo(401);
            while (onB.send("GET", "/api/v1/me", null, token).status() != 401) {
                assertThat(Duration.ofNanos(System.nanoTime() - changed))
                        .as("on B, within HABITS_USER_CACHE_TTL (1 s)").isLessThan(Duration.ofMillis(1_500));
                sleep(50);
            }
        }
    }

    @Test
    void aCheckInOnOneNodeIsInTheVeryNextStatsAndTodayOfTheOther() {
        try (HabitServer a = node(dataDirA, "memory"); HabitServer b = node(dataDirB, "memory")) {
            ServerWalkthrough onA = new ServerWalkthrough(a.port());
            ServerWalkthrough onB = new ServerWalkthrough(b.port());
            String token = signUp(onA, "Di");
            JsonNode habit = onA.send("POST", "/api/v1/habits", "{\"name\":\"Read\"}", token).body().path("data");
            String checkIn = "/api/v1/habits/" + habit.path("id").asText() + "/checkins/" + habit.path("startDate").asText();
            String stats = "/api/v1/habits/" + habit.path("id").asText() + "/stats";
            assertThat(onB.send("GET", stats, null, token).body().path("data").path("doneCount").asInt())
                    .as("B keeps the empty history").isZero();
            assertThat(onB.send("GET", "/api/v1/today", null, token).body().path("data").path("habits").get(0)
                    .path("currentStreak").asInt()).isZero();

            assertThat(onA.send("PUT", checkIn, "{\"status\":\"done\"}", token).status()).isIn(200, 201);

            assertThat(onB.send("GET", stats, null, token).body().path("data").path("doneCount").asInt())
                    .as("B's next stats, with no wait").isEqualTo(1);
            assertThat(onB.send("GET", "/api/v1/today", null, token).body().path("data").path("habits").get(0)
                    .path("status").asText()).as("B's next today").isEqualTo("done");

            assertThat(onA.send("DELETE", checkIn, null, token).status()).isEqualTo(204);
            assertThat(onB.send("GET", stats, null, token).body().path("data").path("doneCount").asInt())
                    .as("and a removal too").isZero();
        }
    }

    /** Registers {@code name} (as name@example.com, lower case) and returns the access token. */
    private static String signUp(ServerWalkthrough node, String name) {
        return node.send("POST", "/api/v1/auth/register", "{\"email\":\"" + name.toLowerCase(Locale.ROOT)
                + "@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"" + name + "\"}", null)
                .body().path("data").path("tokens").path("accessToken").asText();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many of {@code requests} GETs, alternating between the nodes, were not refused with 429. */
    private static int acceptedAlternating(ServerWalkthrough a, ServerWalkthrough b, String token, int requests) {
        int accepted = 0;
        for (int i = 0; i < requests; i++) {
            int status = (i % 2 == 0 ? a : b).send("GET", "/api/v1/habits", null, token).status();
            assertThat(status).isIn(200, 429);
            if (status == 200) {
                accepted++;
            }
        }
        return accepted;
    }

    private HabitServer node(Path dataDir, String rateLimitStore) {
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Map<String, String> env = new HashMap<>(Map.of("HABITS_PORT", "0", "HABITS_DATA_DIR", dataDir.toString(),
                "HABITS_DB_URL", schemaUrl, "HABITS_JWT_SECRET", SECRET, "HABITS_AUTH_RATE_LIMIT", "0",
                "HABITS_API_RATE_LIMIT", Integer.toString(API_LIMIT), "HABITS_RATE_LIMIT_STORE", rateLimitStore));
        return HabitServer.start(ServerSettings.from(Environment.of(env)));
    }

    private static String refresh(String token) {
        return "{\"refreshToken\":\"" + token + "\"}";
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
