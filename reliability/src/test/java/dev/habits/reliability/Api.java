package dev.habits.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of one server process: small calls that return the status and the parsed body. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerProcess server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Duration timeout;

    Api(ServerProcess server) {
        this(server, Duration.ofSeconds(10));
    }

    Api(ServerProcess server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    record Reply(int status, JsonNode body, String contentType) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The reply; an IOException (connection refused or reset, say) becomes status 0. */
    Reply send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
            return new Reply(response.statusCode(), json, response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            return new Reply(0, JSON.nullNode(), "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, JSON.nullNode(), "");
        }
    }

    /** Registers a user and returns the access token. */
    String register(String email) {
        Reply reply = send("POST", "/api/v1/auth/register", "{\"email\":\"" + email
                + "\",\"password\":\"correct horse battery\",\"displayName\":\"Tester\"}", null);
        if (reply.status() != 201) {
            throw new AssertionError("register: " + reply);
        }
        return reply.body().path("data").path("tokens").path("accessToken").asText();
    }

    Reply login(String email) {
        return send("POST", "/api/v1/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null);
    }
}
