package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.habits.domain.user.UserId;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route behind sign-in, read from the running app's router, against every way of being
 * someone else. A route added later is covered without touching this test; one whose path
 * parameter or body the test cannot fill makes it fail rather than go unchecked.
 */
class AccessControlMatrixTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** The protected routes of API.md: the table read from the router must hold at least these. */
    private static final Set<String> DOCUMENTED = Set.of("GET /api/v1/me", "PATCH /api/v1/me",
            "PUT /api/v1/me/password", "DELETE /api/v1/me", "GET /api/v1/me/export", "GET /api/v1/habits",
            "POST /api/v1/habits", "GET /api/v1/habits/{id}", "PATCH /api/v1/habits/{id}",
            "POST /api/v1/habits/{id}/archive", "POST /api/v1/habits/{id}/unarchive", "DELETE /api/v1/habits/{id}",
            "PUT /api/v1/habits/order", "PUT /api/v1/habits/{id}/checkins/{date}",
            "DELETE /api/v1/habits/{id}/checkins/{date}", "GET /api/v1/habits/{id}/checkins",
            "GET /api/v1/habits/{id}/stats", "GET /api/v1/today");

    private static RunningApi api;
    private static String victim;
    private static String victimHabit;
    private static String exportBefore;

    /** One way of being someone else: the token it presents for a route, and the refusal it must get. */
    record Attack(String name, Function<Route, String> token, int expected) {
    }

    record Route(String method, String path) {
        String key() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void aVictimWithData() {
        api = new RunningApi();
        victim = api.register("victim@example.com");
        victimHabit = api.createHabit(victim, "Victim's habit");
        api.send("PUT", "/api/v1/habits/" + victimHabit + "/checkins/" + today(), "{\"status\":\"done\"}", victim);
        exportBefore = withoutVolatileFields(api.get("/api/v1/me/export", victim).text());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theRouteTableHoldsEveryDocumentedRoute() {
        assertThat(protectedRoutes().stream().map(Route::key)).containsAll(DOCUMENTED);
    }

    @TestFactory
    Stream<DynamicTest> everyProtectedRouteRefusesEveryWayOfBeingSomeoneElse() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : protectedRoutes()) {
            for (Attack attack : attacks()) {
                tests.add(DynamicTest.dynamicTest(route.key() + " with " + attack.name(), () -> {
                    RunningApi.Reply reply = api.send(route.method(), fill(route.path()), body(route),
                            attack.token().apply(route));
                    assertThat(reply.status()).as(reply.text()).isEqualTo(attack.expected());
                    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                }));
            }
            if (route.path().contains("{id}")) {
                tests.add(DynamicTest.dynamicTest(route.key() + " on another user's habit", () -> {
                    String stranger = api.register("stranger-" + UUID.randomUUID() + "@example.com");
                    RunningApi.Reply reply = api.send(route.method(), fill(route.path()), body(route), stranger);
                    assertThat(reply.status()).as("existence must not leak: " + reply.text()).isEqualTo(404);
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("the victim's data is as it was", () ->
                assertThat(withoutVolatileFields(api.get("/api/v1/me/export", victim).text())).isEqualTo(exportBefore)));
        return tests.stream();
    }

    @Test
    void reorderingWithAnotherUsersHabitIdsIsRefusedAndChangesNothing() {
        String stranger = api.register("orderer@example.com");
        String own = api.createHabit(stranger, "Own habit");

        RunningApi.Reply reply = api.send("PUT", "/api/v1/habits/order",
                "{\"habitIds\":[\"" + victimHabit + "\",\"" + own + "\"]}", stranger);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(withoutVolatileFields(api.get("/api/v1/me/export", victim).text())).isEqualTo(exportBefore);
    }

    private static List<Attack> attacks() {
        JwtAccessTokens otherKey = new JwtAccessTokens("another-secret-that-is-long-enough-0123456789",
                Duration.ofMinutes(15), api.ports.clock);
        JwtAccessTokens earlier = new JwtAccessTokens(RunningApi.SECRET, Duration.ofMinutes(15),
                Clock.fixed(api.ports.clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC));
        return List.of(
                new Attack("no token", route -> null, 401),
                new Attack("a malformed token", route -> "not.a.token", 401),
                new Attack("a token signed with another key", route -> otherKey.issue(userOf(victim), 0,
                        api.ports.clock.instant()).value(), 401),
                new Attack("an expired token", route -> earlier.issue(userOf(victim), 0,
                        api.ports.clock.instant().minus(Duration.ofHours(1))).value(), 401),
                new Attack("the token of a deleted account", route -> deletedAccountsToken(), 401),
                new Attack("a token from before a password change", route -> tokenBeforePasswordChange(), 401),
                new Attack("a token of a sign-in whose refresh token was replayed", route -> tokenOfRevokedFamily(), 401));
    }

    private static String deletedAccountsToken() {
        String token = api.register("leaving-" + UUID.randomUUID() + "@example.com");
        assertThat(api.send("DELETE", "/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", token).status())
                .isEqualTo(204);
        return token;
    }

    private static String tokenBeforePasswordChange() {
        String token = api.register("changing-" + UUID.randomUUID() + "@example.com");
        assertThat(api.send("PUT", "/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"a brand new passphrase\"}", token).status()).isEqualTo(204);
        return token;
    }

    private static String tokenOfRevokedFamily() {
        RunningApi.Reply signedUp = api.registerReply("replayed-" + UUID.randomUUID() + "@example.com");
        String access = signedUp.json().at("/data/tokens/accessToken").asText();
        String refresh = "{\"refreshToken\":\"" + signedUp.json().at("/data/tokens/refreshToken").asText() + "\"}";
        assertThat(api.send("POST", "/api/v1/auth/refresh", refresh, null).status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/auth/refresh", refresh, null).status()).as("the replay").isEqualTo(401);
        return access;
    }

    /** The routes behind sign-in, from the router itself (the auth routes are public by design). */
    private static List<Route> protectedRoutes() {
        List<Route> routes = new ArrayList<>();
        for (var parsed : api.app.unsafe.internalRouter.allHttpHandlers()) {
            Endpoint endpoint = parsed.endpoint;
            HandlerType method = endpoint.method;
            if (METHODS.contains(method.name()) && endpoint.path.startsWith("/api/v1/")
                    && !endpoint.path.startsWith("/api/v1/auth/")) {
                routes.add(new Route(method.name(), endpoint.path));
            }
        }
        return routes;
    }

    private static String fill(String path) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String value = switch (parameter.group(1)) {
                case "id" -> victimHabit;
                case "date" -> today();
                default -> fail("the access matrix cannot fill {" + parameter.group(1) + "} in " + path
                        + ": teach it, so the new route is checked too");
            };
            parameter.appendReplacement(filled, value);
        }
        parameter.appendTail(filled);
        return filled.toString();
    }

    /** A body the route would accept from its owner, so that only the caller's identity is wrong. */
    private static String body(Route route) {
        return switch (route.key()) {
            case "POST /api/v1/habits" -> "{\"name\":\"Intruder\"}";
            case "PATCH /api/v1/habits/{id}" -> "{\"name\":\"Renamed by an intruder\"}";
            case "PUT /api/v1/habits/{id}/checkins/{date}" -> "{\"status\":\"skipped\"}";
            case "PUT /api/v1/habits/order" -> "{\"habitIds\":[\"" + victimHabit + "\"]}";
            case "PATCH /api/v1/me" -> "{\"displayName\":\"Intruder\"}";
            case "PUT /api/v1/me/password" -> "{\"currentPassword\":\"" + PASSWORD
                    + "\",\"newPassword\":\"an intruder's passphrase\"}";
            case "DELETE /api/v1/me" -> "{\"password\":\"" + PASSWORD + "\"}";
            default -> route.method().equals("GET") || route.method().equals("DELETE")
                    || route.path().endsWith("/archive") || route.path().endsWith("/unarchive") ? null
                    : fail("the access matrix has no body for " + route.key() + ": teach it one");
        };
    }

    private static UserId userOf(String token) {
        return api.tokens.verify(token).orElseThrow().user();
    }

    private static String today() {
        return api.ports.clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The export minus what changes by itself (the time it was made). */
    private static String withoutVolatileFields(String export) {
        return export.replaceAll("\"exportedAt\":\"[^\"]*\"", "").replaceAll("\"requestId\":\"[^\"]*\"", "");
    }
}
