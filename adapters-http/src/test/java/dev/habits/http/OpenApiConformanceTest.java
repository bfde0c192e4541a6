package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document tells the truth: every route is in it, and every response fits it. */
class OpenApiConformanceTest {
    private final RunningApi api = new RunningApi();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void everyRouteIsDocumented() {
        JsonNode paths = api.get("/openapi.json", null).json().get("paths");
        List<String> missing = new ArrayList<>();
        for (ParsedEndpoint parsed : api.app.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = parsed.endpoint.method;
            String path = parsed.endpoint.path;
            if (!method.isHttpMethod() || path.startsWith("/docs/")) {
                continue; // the docs page's own script is an asset, not part of the API
            }
            JsonNode item = paths.get(path);
            if (item == null || !item.has(method.name().toLowerCase(Locale.ROOT))) {
                missing.add(method.name() + " " + path);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRecordedResponseFitsTheDocument() {
        exerciseEveryRoute();
        int exercised = api.exchanges.size();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(validatorReadable(api.get("/openapi.json", null).json())).build();
        List<String> problems = new ArrayList<>();
        for (RunningApi.Exchange exchange : api.exchanges.subList(0, exercised)) {
            Request request = request(exchange);
            // Requests the scenario sends wrong on purpose are checked for their answer only.
            ValidationReport report = exchange.reply().status() < 300
                    ? validator.validate(request, response(exchange.reply()))
                    : validator.validateResponse(request.getPath(), request.getMethod(), response(exchange.reply()));
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    problems.add(exchange.method() + " " + exchange.pathAndQuery() + " -> "
                            + exchange.reply().status() + ": " + message.getKey() + " " + message.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void exerciseEveryRoute() {
        String token = api.register("ada@example.com");
        api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"wrong password!\"}", null);
        String refresh = api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"correct horse battery\"}", null)
                .json().at("/data/tokens/refreshToken").asText();
        String next = api.send("POST", "/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh + "\"}", null)
                .json().at("/data/tokens/refreshToken").asText();
        api.send("POST", "/api/v1/auth/logout", "{\"refreshToken\":\"" + next + "\"}", null);
        api.send("POST", "/api/v1/auth/register", "{\"email\":\"x\",\"password\":\"1\",\"displayName\":\"A\"}", null);

        api.get("/api/v1/me", token);
        api.get("/api/v1/me", null);
        api.send("PATCH", "/api/v1/me", "{\"settings\":{\"weekStart\":\"SUNDAY\"}}", token);
        String id = api.send("POST", "/api/v1/habits",
                "{\"name\":\"Run\",\"schedule\":{\"type\":\"weekdays\",\"days\":[\"MONDAY\"]}}", token)
                .json().at("/data/id").asText();
        String other = api.createHabit(token, "Read");
        api.send("POST", "/api/v1/habits", "{\"name\":\"Read\"}", token);
        api.get("/api/v1/habits?status=all", token);
        api.get("/api/v1/habits/" + id, token);
        api.get("/api/v1/habits/" + java.util.UUID.randomUUID(), token);
        api.send("PATCH", "/api/v1/habits/" + id, "{\"description\":\"Mornings\"}", token);
        api.send("PUT", "/api/v1/habits/order", "{\"habitIds\":[\"" + other + "\",\"" + id + "\"]}", token);
        api.send("PUT", "/api/v1/habits/" + other + "/checkins/2026-11-22", "{\"note\":\"ok\"}", token);
        api.send("PUT", "/api/v1/habits/" + other + "/checkins/2026-11-22", "{\"status\":\"skipped\"}", token);
        api.get("/api/v1/habits/" + other + "/checkins?from=2026-11-01&to=2026-11-30", token);
        api.get("/api/v1/habits/" + other + "/stats", token);
        api.get("/api/v1/today", token);
        api.get("/api/v1/me/export", token);
        api.send("DELETE", "/api/v1/habits/" + other + "/checkins/2026-11-22", null, token);
        api.send("POST", "/api/v1/habits/" + id + "/archive", null, token);
        api.send("POST", "/api/v1/habits/" + id + "/unarchive", null, token);
        api.send("DELETE", "/api/v1/habits/" + id, null, token);
        api.send("PUT", "/api/v1/me/password",
                "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"another long secret\"}", token);
        String fresh = api.send("POST", "/api/v1/auth/login",
                "{\"email\":\"ada@example.com\",\"password\":\"another long secret\"}", null)
                .json().at("/data/tokens/accessToken").asText();
        api.send("DELETE", "/api/v1/me", "{\"password\":\"another long secret\"}", fresh);
        api.get("/health/live", null);
        api.get("/health/ready", null);
    }

    /**
     * The document without its {@code discriminator} hints: this validator wants the discriminator
     * property on the parent schema (Swagger 2 style), while the branches of each {@code oneOf}
     * already tell themselves apart by their {@code type} enum.
     */
    private static String validatorReadable(JsonNode document) {
        JsonNode copy = document.deepCopy();
        stripDiscriminators(copy);
        return copy.toString();
    }

    private static void stripDiscriminators(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove("discriminator");
        }
        node.forEach(OpenApiConformanceTest::stripDiscriminators);
    }

    private static Request request(RunningApi.Exchange exchange) {
        String[] parts = exchange.pathAndQuery().split("\\?", 2);
        SimpleRequest.Builder builder = new SimpleRequest.Builder(exchange.method(), parts[0]);
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                builder.withQueryParam(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
            }
        }
        exchange.requestHeaders().forEach((name, values) -> builder.withHeader(name, values));
        if (exchange.requestBody() != null) {
            builder.withBody(exchange.requestBody());
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response response(RunningApi.Reply reply) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(reply.status());
        reply.headers().map().forEach((name, values) -> builder.withHeader(name, values));
        if (!reply.text().isEmpty()) {
            builder.withBody(reply.text());
        }
        return builder.build();
    }
}
