package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.habits.application.HabitTracker;
import dev.habits.application.port.Users;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
    private final RunningApi api = new RunningApi();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void badBodiesAreRefusedNamingTheField() {
        String token = api.register("ada@example.com");
        RunningApi.Reply malformed = api.send("POST", "/api/v1/habits", "{\"name\":", token);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.json().get("success").asBoolean()).isFalse();
        assertThat(malformed.json().has("requestId")).isTrue();
        assertThat(field(api.send("PATCH", "/api/v1/me", "{\"settings\":{\"dayStartHour\":\"3\"}}", token)))
                .isEqualTo("settings.dayStartHour");
        assertThat(field(api.send("PATCH", "/api/v1/me", "{\"settings\":{\"dayStartHour\":3.5}}", token)))
                .isEqualTo("settings.dayStartHour");
        assertThat(field(api.send("POST", "/api/v1/habits", "{\"name\":3}", token))).isEqualTo("name");
        assertThat(field(api.send("POST", "/api/v1/habits", "{\"name\":\"Run\",\"userId\":\"x\"}", token)))
                .isEqualTo("userId");
        assertThat(field(api.send("PATCH", "/api/v1/me", "{\"settings\":{\"timeZone\":null}}", token)))
                .isEqualTo("settings.timeZone");
        assertThat(field(api.send("PATCH", "/api/v1/me", "{\"settings\":{\"theme\":\"dark\"}}", token)))
                .isEqualTo("settings.theme");
        String habit = api.createHabit(token, "Read");
        assertThat(field(api.send("PATCH", "/api/v1/habits/" + habit, "{\"description\":null}", token)))
                .isEqualTo("description");
        assertThat(field(api.send("PATCH", "/api/v1/habits/" + habit, "{\"color\":\"red\"}", token)))
                .isEqualTo("color");
        assertThat(field(api.send("POST", "/api/v1/habits",
                "{\"name\":\"Run\",\"schedule\":{\"type\":\"timesPerWeek\",\"times\":\"3\"}}", token)))
                .isEqualTo("schedule.times");
        assertThat(api.send("POST", "/api/v1/habits", "{\"name\":\"Run\"} {}", token).status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/habits", "null", token).status()).isEqualTo(400);
        assertThat(api.send("POST", "/api/v1/habits", "[1]", token).status()).isEqualTo(400);
        String day = "/api/v1/habits/" + habit + "/checkins/2026-11-20";
        for (String body : List.of("{\"status\":\"done\"} {}", "{\"status\":\"done\"", "[]", "\"done\"", "{,}")) {
            RunningApi.Reply refused = api.send("PUT", day, body, token);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        for (String twoValues : List.of("{\"status\":\"done\"} {}", "{\"status\":\"done\"} x")) {
            assertThat(api.send("PUT", day, twoValues, token).json().get("detail").asText())
                    .isEqualTo("Request body is not well-formed JSON");
            assertThat(api.send("PATCH", "/api/v1/habits/" + habit, twoValues.replace("status", "name"), token)
                    .json().get("detail").asText()).isEqualTo("Request body is not well-formed JSON");
        }
        assertThat(field(api.send("PUT", day, "{\"status\":\"done\",\"mood\":5}", token))).isEqualTo("mood");
        assertThat(field(api.send("PUT", day, "{\"note\":7}", token))).isEqualTo("note");
        assertThat(api.send("GET", "/api/v1/habits/" + habit + "/checkins", null, token).json().get("data")).isEmpty();
        RunningApi.Reply invalid = api.send("POST", "/api/v1/auth/register",
                "{\"email\":\"nope\",\"password\":\"password123\",\"displayName\":\"A\"}", null);
        assertThat(invalid.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("email", "password", "displayName");
    }

    @Test
    void badTokensAreUnauthorized() {
        String token = api.register("ada@example.com");
        String refresh = api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}", null)
                .json().at("/data/tokens/refreshToken").asText();
        String subject = JWT.decode(token).getSubject();
        Algorithm key = Algorithm.HMAC256(RunningApi.SECRET.getBytes(StandardCharsets.UTF_8));
        Instant now = Instant.parse("2026-11-22T09:30:00Z");
        String wrongAudience = JWT.create().withIssuer("habit-tracker").withAudience("other").withSubject(subject)
                .withIssuedAt(now).withExpiresAt(now.plusSeconds(60)).withJWTId("j").withClaim("gen", 0).sign(key);
        String wrongIssuer = JWT.create().withIssuer("other").withAudience("habit-tracker-api").withSubject(subject)
                .withIssuedAt(now).withExpiresAt(now.plusSeconds(60)).withJWTId("j").withClaim("gen", 0).sign(key);
        String noExpiry = JWT.create().withIssuer("habit-tracker").withAudience("habit-tracker-api")
                .withSubject(subject).withIssuedAt(now).withJWTId("j").withClaim("gen", 0).sign(key);
        String[] parts = token.split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        for (String bad : List.of("garbage", none, tampered, wrongAudience, wrongIssuer, noExpiry, refresh)) {
            assertThat(api.get("/api/v1/me", bad).status()).as(bad).isEqualTo(401);
        }
        assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/me", null, null, "Authorization", "Basic abc").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        api.ports.clock.advance(Duration.ofMinutes(16));
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
    }

    @Test
    void routingErrorsAreProblems() {
        String token = api.register("ada@example.com");
        assertThat(api.get("/api/v1/nothing-here", token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/habits/not-a-uuid", token).status()).isEqualTo(404);
        RunningApi.Reply wrongMethod = api.send("DELETE", "/api/v1/habits", null, token);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET").contains("POST");
        assertThat(api.send("POST", "/api/v1/auth/register", "{\"email\":\"ada@example.com\","
                + "\"password\":\"correct horse battery\",\"displayName\":\"Ada\"}", null).status()).isEqualTo(409);
        RunningApi.Reply wrongType = api.send("POST", "/api/v1/habits", "name=Run", token,
                "Content-Type", "text/plain");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(api.statusLineForDeclaredLength("/api/v1/habits", 70_000, token)).startsWith("HTTP/1.1 413 ");
        assertThat(api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"wrong password!\"}", null).status()).isEqualTo(401);
    }

    @Test
    void unexpectedFailuresShowNoExceptionText() {
        try (RunningApi broken = new RunningApi(new HttpSettings(65_536, List.of(), false, 0, 0), false,
                ports -> new HabitTracker.Ports(failing(), ports.habits(), ports.checkIns(), ports.refreshTokens(),
                        ports.transactions(), ports.hasher(), ports.accessTokens(), ports.ids(), ports.events(),
                        ports.clock()))) {
            RunningApi.Reply reply = broken.send("POST", "/api/v1/auth/login",
                    "{\"email\":\"ada@example.com\",\"password\":\"whatever123\"}", null);
            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.text()).doesNotContain("secret-detail").doesNotContain("Exception");
        }
        try (RunningApi down = new RunningApi(new HttpSettings(65_536, List.of(), false, 0, 0), true,
                ports -> new HabitTracker.Ports(failing(), ports.habits(), ports.checkIns(), ports.refreshTokens(),
                        ports.transactions(), ports.hasher(), ports.accessTokens(), ports.ids(), ports.events(),
                        ports.clock()))) {
            assertThat(down.send("POST", "/api/v1/auth/login",
                    "{\"email\":\"ada@example.com\",\"password\":\"whatever123\"}", null).status()).isEqualTo(503);
            assertThat(down.get("/health/ready", null).status()).isEqualTo(503);
        }
    }

    @Test
    void rateLimitsAnswerTooManyRequestsWithHeaders() {
        try (RunningApi limited = new RunningApi(new HttpSettings(65_536, List.of(), false, 2, 3), false,
                ports -> ports)) {
            String token = limited.register("ada@example.com");
            for (int i = 0; i < 3; i++) {
                assertThat(limited.get("/api/v1/me", token).status()).isEqualTo(200);
            }
            RunningApi.Reply refused = limited.get("/api/v1/me", token);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.header("RateLimit-Policy")).isEqualTo("3;w=900");
            assertThat(refused.header("RateLimit")).startsWith("limit=3, remaining=0, reset=");
            String login = "{\"email\":\"ada@example.com\",\"password\":\"wrong password!\"}";
            assertThat(limited.send("POST", "/api/v1/auth/login", login, null).status()).isEqualTo(401);
            assertThat(limited.send("POST", "/api/v1/auth/login", login, null).status()).isEqualTo(429);
        }
    }

    @Test
    void forwardedAddressesCountOnlyWhenTheProxyIsTrusted() {
        try (RunningApi proxied = new RunningApi(new HttpSettings(65_536, List.of(), true, 1, 0), false,
                ports -> ports)) {
            assertThat(login(proxied, "a@example.com", "203.0.113.1").status()).isEqualTo(401);
            assertThat(login(proxied, "b@example.com", "203.0.113.2, 10.0.0.1").status()).isEqualTo(401);
            assertThat(login(proxied, "c@example.com", "203.0.113.1").status()).isEqualTo(429);
        }
        try (RunningApi direct = new RunningApi(new HttpSettings(65_536, List.of(), false, 1, 0), false,
                ports -> ports)) {
            assertThat(login(direct, "a@example.com", "203.0.113.1").status()).isEqualTo(401);
            assertThat(login(direct, "b@example.com", "203.0.113.2").status()).isEqualTo(429);
        }
    }

    private static RunningApi.Reply login(RunningApi api, String email, String forwardedFor) {
        return api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"wrong password!\"}", null,
                "X-Forwarded-For", forwardedFor);
    }

    private static String field(RunningApi.Reply reply) {
        assertThat(reply.status()).isEqualTo(400);
        return reply.json().at("/errors/0/field").asText();
    }

    private static Users failing() {
        return (Users) java.lang.reflect.Proxy.newProxyInstance(Users.class.getClassLoader(),
                new Class<?>[] {Users.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("secret-detail");
                });
    }
}
