package dev.habits.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A black-box client that knows only API.md: it walks the README's path (register, create a habit,
 * check in, see the streak) and the account's end, over a real socket against the whole server.
 */
final class ServerWalkthrough {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    ServerWalkthrough(int port) {
        this.base = "http://localhost:" + port;
    }

    record Reply(int status, JsonNode body) {
    }

    Reply send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Reply(response.statusCode(), text == null || text.isEmpty() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain-text answer, such as /metrics. */
    String text(String path) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers, builds a two-day streak, and checks every view of it; returns the access token. */
    String walkThroughTheReadme(String email) {
        Reply registered = send("POST", "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\",\"displayName\":\"Ada\"}", null);
        assertThat(registered.status()).isEqualTo(201);
        String token = registered.body().at("/data/tokens/accessToken").asText();

        Reply habit = send("POST", "/api/v1/habits", "{\"name\":\"Read\",\"startDate\":\""
                + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\"}", token);
        assertThat(habit.status()).isEqualTo(201);
        String id = habit.body().at("/data/id").asText();

        LocalDate today = LocalDate.parse(send("GET", "/api/v1/today", null, token).body().at("/data/date").asText());
        assertThat(send("PUT", "/api/v1/habits/" + id + "/checkins/" + today.minusDays(1), "{}", token).status())
                .isEqualTo(201);
        assertThat(send("PUT", "/api/v1/habits/" + id + "/checkins/" + today, "{\"note\":\"20 pages\"}", token)
                .status()).isEqualTo(201);

        Reply stats = send("GET", "/api/v1/habits/" + id + "/stats", null, token);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.body().at("/data/currentStreak").asInt()).isEqualTo(2);
        assertThat(stats.body().at("/data/completionRate").asDouble()).isEqualTo(1.0);
        Reply todayView = send("GET", "/api/v1/today", null, token);
        assertThat(todayView.body().at("/data/habits/0/status").asText()).isEqualTo("done");
        assertThat(send("GET", "/api/v1/habits/" + id + "/checkins", null, token).body().at("/data").size())
                .isEqualTo(2);
        return token;
    }

    /** Exports, then deletes the account: afterwards its token and its data are gone. */
    void exportAndLeave(String token) {
        Reply export = send("GET", "/api/v1/me/export", null, token);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().at("/data/habits/0/checkIns").size()).isEqualTo(2);
        assertThat(send("DELETE", "/api/v1/me", "{\"password\":\"correct horse battery\"}", token).status())
                .isEqualTo(204);
        assertThat(send("GET", "/api/v1/me", null, token).status()).isEqualTo(401);
    }
}
