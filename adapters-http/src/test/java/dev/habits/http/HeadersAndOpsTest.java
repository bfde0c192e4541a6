package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeadersAndOpsTest {
    private final RunningApi api = new RunningApi(
            new HttpSettings(65_536, List.of("https://app.example.com"), false, 0, 0), false, ports -> ports);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndARequestId() {
        for (RunningApi.Reply reply : List.of(api.get("/api/v1/me", null), api.get("/health/live", null),
                api.get("/nowhere", null))) {
            assertThat(reply.header("X-Request-Id")).isNotBlank();
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Content-Security-Policy")).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("Server")).isNull();
        }
        String token = api.register("ada@example.com");
        assertThat(api.get("/api/v1/me", token).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aSaneRequestIdIsEchoedAndAnOddOneReplaced() {
        RunningApi.Reply echoed = api.send("GET", "/health/live", null, null, "X-Request-Id", "abc-123.X_y");
        assertThat(echoed.header("X-Request-Id")).isEqualTo("abc-123.X_y");
        RunningApi.Reply replaced = api.send("GET", "/api/v1/me", null, null, "X-Request-Id", "bad id<script>");
        assertThat(replaced.header("X-Request-Id")).isNotEqualTo("bad id<script>").hasSize(36);
        assertThat(replaced.json().get("requestId").asText()).isEqualTo(replaced.header("X-Request-Id"));
    }

    @Test
    void requestIdsTheServerMakesAreDistinctVersion4Uuids() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String id = api.get("/health/live", null).header("X-Request-Id");
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            ids.add(id);
        }
        assertThat(ids).hasSize(50);
    }

    @Test
    void corsAnswersOnlyConfiguredOrigins() {
        RunningApi.Reply allowed = api.send("GET", "/health/live", null, null, "Origin", "https://app.example.com");
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        RunningApi.Reply refused = api.send("GET", "/health/live", null, null, "Origin", "https://evil.example.com");
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        RunningApi.Reply preflight = api.send("OPTIONS", "/api/v1/habits", null, null, "Origin",
                "https://app.example.com", "Access-Control-Request-Method", "POST");
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        try (RunningApi closed = new RunningApi()) {
            assertThat(closed.send("GET", "/health/live", null, null, "Origin", "https://app.example.com")
                    .header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void largeResponsesAreGzippedWhenAccepted() throws Exception {
        String token = api.register("ada@example.com");
        for (int i = 0; i < 8; i++) {
            api.createHabit(token, "Habit number " + i);
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + api.app.port() + "/api/v1/habits"))
                .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(response.body())).startsWith("{\"success\":true,\"data\":[");
        assertThat(api.get("/health/live", null).header("Content-Encoding")).isNull();
    }

    @Test
    void aResponseLargerThanTheCopyBufferArrivesWholeCompressedOrNot() throws Exception {
        String token = api.register("ada@example.com");
        for (int i = 0; i < 40; i++) {
            api.createHabit(token, "A habit with a name long enough to fill the list, number " + i);
        }
        HttpRequest.Builder list = HttpRequest.newBuilder(URI.create("http://localhost:" + api.app.port()
                + "/api/v1/habits")).header("Authorization", "Bearer " + token);
        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(list.copy().header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = HttpClient.newHttpClient().send(list.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body().length).as("larger than the 4 KB copy buffer").isGreaterThan(8192);
        assertThat(gunzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(new ObjectMapper().readTree(plain.body()).path("data").size()).isEqualTo(40);
    }

    @Test
    void healthMetricsAndDocsNeedNoToken() {
        RunningApi.Reply live = api.get("/health/live", null);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().get("status").asText()).isEqualTo("UP");
        assertThat(api.get("/health/ready", null).json().get("status").asText()).isEqualTo("UP");
        String token = api.register("ada@example.com");
        api.get("/api/v1/habits/" + api.createHabit(token, "Read"), token);
        assertThat(api.get("/api/v1/habits/not-an-id", token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/habits", null).status()).isEqualTo(401);
        RunningApi.Reply metrics = api.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("http_requests_total{method=\"GET\",route=\"/api/v1/habits/{id}\",status=\"200\"}")
                .contains("http_request_duration_seconds").contains("jvm_memory_used_bytes")
                // the scrape itself: every request before it, failed ones too, has left
                .contains("http_requests_in_flight 1.0");
        assertThat(api.get("/openapi.json", null).json().get("openapi").asText()).startsWith("3.1");
        RunningApi.Reply docs = api.get("/docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Security-Policy")).contains("default-src 'self'");
        String bundle = docs.text().replaceAll("(?s).*<script src=\"([^\"]+bundle\\.js)\".*", "$1");
        RunningApi.Reply script = api.get(bundle, null);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.header("Cache-Control")).contains("max-age");
        assertThat(script.text()).contains("SwaggerUIBundle");
        String css = docs.text().replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
        assertThat(api.get(css, null).header("Content-Type")).startsWith("text/css");
        assertThat(api.get(css.replace("swagger-ui.css", "index.html"), null).status()).isEqualTo(404);
        assertThat(api.get(css.replace("swagger-ui.css", "../../../openapi/openapi.json"), null).status())
                .isEqualTo(404);
        assertThat(api.get("/docs/init.js", null).text()).contains("/openapi.json");
    }

    @Test
    void theServerDrainsRequestsInFlightWhenStopped() {
        org.eclipse.jetty.server.Server server = api.app.jettyServer().server();
        assertThat(server.getStopTimeout()).isEqualTo(30_000);
        assertThat(server.getDescendant(org.eclipse.jetty.server.handler.GracefulHandler.class)).isNotNull();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
