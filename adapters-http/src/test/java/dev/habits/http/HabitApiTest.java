package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HabitApiTest {
    private final RunningApi api = new RunningApi();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void registerLoginRefreshAndLogoutWork() {
        RunningApi.Reply registered = api.registerReply("ada@example.com");
        assertThat(registered.status()).isEqualTo(201);
        JsonNode data = registered.json().get("data");
        assertThat(registered.json().get("success").asBoolean()).isTrue();
        assertThat(data.at("/user/email").asText()).isEqualTo("ada@example.com");
        assertThat(data.get("user").has("passwordHash")).isFalse();
        assertThat(data.get("user").has("tokenGeneration")).isFalse();
        assertThat(data.at("/user/createdAt").asText()).isEqualTo("2026-11-22T09:30:00Z");
        assertThat(data.at("/tokens/tokenType").asText()).isEqualTo("Bearer");
        assertThat(data.at("/tokens/expiresIn").asLong()).isEqualTo(900);

        RunningApi.Reply login = api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}", null);
        assertThat(login.status()).isEqualTo(200);
        String refresh = login.json().at("/data/tokens/refreshToken").asText();

        RunningApi.Reply refreshed = api.send("POST", "/api/v1/auth/refresh",
                "{\"refreshToken\":\"" + refresh + "\"}", null);
        assertThat(refreshed.status()).isEqualTo(200);
        String next = refreshed.json().at("/data/tokens/refreshToken").asText();

        RunningApi.Reply logout = api.send("POST", "/api/v1/auth/logout", "{\"refreshToken\":\"" + next + "\"}", null);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.text()).isEmpty();
    }

    @Test
    void profileRoutesWork() {
        String token = api.register("ada@example.com");
        assertThat(api.get("/api/v1/me", token).json().at("/data/displayName").asText()).isEqualTo("Ada");

        RunningApi.Reply patched = api.send("PATCH", "/api/v1/me",
                "{\"displayName\":\"Ada L\",\"settings\":{\"timeZone\":\"Europe/Paris\"}}", token);
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().at("/data/settings/timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(patched.json().at("/data/settings/weekStart").asText()).isEqualTo("MONDAY");

        String habit = api.createHabit(token, "Read");
        api.send("PUT", "/api/v1/habits/" + habit + "/checkins/2026-11-22", null, token);
        RunningApi.Reply export = api.get("/api/v1/me/export", token);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().at("/data/habits/0/checkIns/0/status").asText()).isEqualTo("done");

        RunningApi.Reply changed = api.send("PUT", "/api/v1/me/password",
                "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"another long secret\"}", token);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);

        String fresh = api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"another long secret\"}", null)
                .json().at("/data/tokens/accessToken").asText();
        assertThat(api.send("DELETE", "/api/v1/me", "{\"password\":\"wrong password here\"}", fresh).status())
                .isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/me", "{\"password\":\"another long secret\"}", fresh).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", fresh).status()).isEqualTo(401);
    }

    @Test
    void habitRoutesWork() {
        String token = api.register("ada@example.com");
        RunningApi.Reply created = api.send("POST", "/api/v1/habits",
                "{\"name\":\"Run\",\"schedule\":{\"type\":\"weekdays\",\"days\":[\"MONDAY\",\"THURSDAY\"]}}", token);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().at("/data/id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/v1/habits/" + id);
        assertThat(created.json().at("/data/schedule/type").asText()).isEqualTo("weekdays");
        assertThat(created.json().at("/data/archived").asBoolean()).isFalse();
        assertThat(created.json().at("/data/archivedAt").isNull()).isTrue();
        String other = api.createHabit(token, "Read");

        assertThat(api.get("/api/v1/habits/" + id, token).status()).isEqualTo(200);
        RunningApi.Reply patched = api.send("PATCH", "/api/v1/habits/" + id,
                "{\"schedule\":{\"type\":\"timesPerWeek\",\"times\":3}}", token);
        assertThat(patched.json().at("/data/schedule/times").asInt()).isEqualTo(3);

        RunningApi.Reply order = api.send("PUT", "/api/v1/habits/order",
                "{\"habitIds\":[\"" + other + "\",\"" + id + "\"]}", token);
        assertThat(order.status()).isEqualTo(200);
        assertThat(order.json().at("/data/0/id").asText()).isEqualTo(other);

        RunningApi.Reply archived = api.send("POST", "/api/v1/habits/" + id + "/archive", null, token);
        assertThat(archived.json().at("/data/archivedAt").asText()).isEqualTo("2026-11-22T09:30:00Z");
        assertThat(api.get("/api/v1/habits?status=archived", token).json().get("data")).hasSize(1);
        assertThat(api.get("/api/v1/habits?status=all", token).json().get("data")).hasSize(2);
        assertThat(api.get("/api/v1/habits", token).json().get("data")).hasSize(1);
        assertThat(api.get("/api/v1/habits?status=bogus", token).status()).isEqualTo(400);
        api.createHabit(token, "Run");
        assertThat(api.send("POST", "/api/v1/habits/" + id + "/unarchive", null, token).status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/v1/habits/" + other, null, token).status()).isEqualTo(204);
    }

    @Test
    void theListAndTodayShowEachHabitAsItIsAfterEveryChange() {
        String token = api.register("ada@example.com");
        String id = api.createHabit(token, "Read");
        String other = api.createHabit(token, "Run");
        assertListAndTodayShow(token, id, "Read");
        String[] changes = {
            "{\"name\":\"Read a chapter\"}",
            "{\"color\":\"#112233\"}",
            "{\"description\":\"before bed\"}",
            "{\"schedule\":{\"type\":\"timesPerWeek\",\"times\":3}}",
        };
        for (String change : changes) {
            assertThat(api.send("PATCH", "/api/v1/habits/" + id, change, token).status()).isEqualTo(200);
            assertListAndTodayShow(token, id, null);
        }
        api.send("PUT", "/api/v1/habits/order", "{\"habitIds\":[\"" + other + "\",\"" + id + "\"]}", token);
        assertListAndTodayShow(token, id, "Read a chapter");
        assertThat(api.get("/api/v1/habits", token).json().at("/data/1/position").asInt()).isEqualTo(1);
        api.send("POST", "/api/v1/habits/" + id + "/archive", null, token);
        assertThat(api.get("/api/v1/habits?status=archived", token).json().at("/data/0"))
                .isEqualTo(api.get("/api/v1/habits/" + id, token).json().get("data"));
        api.send("POST", "/api/v1/habits/" + id + "/unarchive", null, token);
        assertListAndTodayShow(token, id, "Read a chapter");
    }

    /** The habit in the list and in today equals the habit read alone (named {@code name} if given). */
    private void assertListAndTodayShow(String token, String id, String name) {
        JsonNode alone = api.get("/api/v1/habits/" + id, token).json().get("data");
        if (name != null) {
            assertThat(alone.get("name").asText()).isEqualTo(name);
        }
        JsonNode listed = null;
        for (JsonNode habit : api.get("/api/v1/habits", token).json().get("data")) {
            listed = habit.get("id").asText().equals(id) ? habit : listed;
        }
        JsonNode due = null;
        for (JsonNode entry : api.get("/api/v1/today", token).json().at("/data/habits")) {
            due = entry.at("/habit/id").asText().equals(id) ? entry.get("habit") : due;
        }
        assertThat(listed).isEqualTo(alone);
        assertThat(due).isEqualTo(alone);
    }

    @Test
    void checkInAndProgressRoutesWork() {
        String token = api.register("ada@example.com");
        String id = api.createHabit(token, "Read");
        String day = "/api/v1/habits/" + id + "/checkins/2026-11-22";
        assertThat(api.send("PUT", day, null, token).status()).isEqualTo(201);
        RunningApi.Reply replaced = api.send("PUT", day, "{\"status\":\"skipped\",\"note\":\"ill\"}", token);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().at("/data/status").asText()).isEqualTo("skipped");
        assertThat(api.get("/api/v1/habits/" + id + "/checkins?from=2026-11-01&to=2026-11-22", token)
                .json().get("data")).hasSize(1);
        RunningApi.Reply stats = api.get("/api/v1/habits/" + id + "/stats", token);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().at("/data/streakUnit").asText()).isEqualTo("days");
        RunningApi.Reply today = api.get("/api/v1/today", token);
        assertThat(today.json().at("/data/date").asText()).isEqualTo("2026-11-22");
        assertThat(today.json().at("/data/habits/0/status").asText()).isEqualTo("skipped");
        assertThat(api.send("DELETE", day, null, token).status()).isEqualTo(204);
        assertThat(api.send("DELETE", day, null, token).status()).isEqualTo(204);
        assertThat(api.send("PUT", "/api/v1/habits/" + id + "/checkins/2026-02-30", null, token)
                .json().at("/errors/0/field").asText()).isEqualTo("date");
        assertThat(api.get("/api/v1/habits/" + id + "/stats?from=2026-13-01", token)
                .json().at("/errors/0/field").asText()).isEqualTo("from");
    }

    @Test
    void anotherUsersHabitIsNotFoundOnEveryHabitRoute() {
        String owner = api.register("ada@example.com");
        String id = api.createHabit(owner, "Read");
        String stranger = api.register("bob@example.com");
        String base = "/api/v1/habits/" + id;
        assertThat(api.get(base, stranger).status()).isEqualTo(404);
        assertThat(api.send("PATCH", base, "{\"name\":\"Mine\"}", stranger).status()).isEqualTo(404);
        assertThat(api.send("DELETE", base, null, stranger).status()).isEqualTo(404);
        assertThat(api.send("POST", base + "/archive", null, stranger).status()).isEqualTo(404);
        assertThat(api.send("POST", base + "/unarchive", null, stranger).status()).isEqualTo(404);
        assertThat(api.send("PUT", base + "/checkins/2026-11-22", null, stranger).status()).isEqualTo(404);
        assertThat(api.send("DELETE", base + "/checkins/2026-11-22", null, stranger).status()).isEqualTo(404);
        assertThat(api.get(base + "/checkins", stranger).status()).isEqualTo(404);
        assertThat(api.get(base + "/stats", stranger).status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/habits/order", "{\"habitIds\":[\"" + id + "\"]}", stranger).status())
                .isEqualTo(400);
        assertThat(api.get(base, owner).status()).isEqualTo(200);
    }
}
