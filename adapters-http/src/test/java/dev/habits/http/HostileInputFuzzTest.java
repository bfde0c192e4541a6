package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;

/**
 * Hostile input against every request the API decodes. In {@code mvn verify} these replay their
 * seeds (src/test/resources/dev/habits/http/HostileInputFuzzTestInputs); with {@code JAZZER_FUZZ=1}
 * Jazzer mutates them for real. Whatever arrives, the answer is a success or a 4xx problem that the
 * client can act on: never a 5xx, never a stack trace, never a hang.
 */
class HostileInputFuzzTest {
    private static final RunningApi API = new RunningApi();

    /** Every request with a body or a client-chosen path or query part. */
    private static final List<String> REQUESTS = List.of(
            "POST /api/v1/auth/register", "POST /api/v1/auth/login", "POST /api/v1/auth/refresh",
            "POST /api/v1/auth/logout", "PATCH /api/v1/me", "PUT /api/v1/me/password", "DELETE /api/v1/me",
            "POST /api/v1/habits", "PATCH /api/v1/habits/{id}", "PUT /api/v1/habits/order",
            "PUT /api/v1/habits/{id}/checkins/{date}", "GET /api/v1/habits/{id}/checkins?from={q}&to={q}",
            "GET /api/v1/habits/{id}/stats?from={q}&to={q}", "GET /api/v1/habits?status={q}",
            "DELETE /api/v1/habits/{id}/checkins/{date}", "GET /api/v1/habits/{id}");

    @AfterAll
    static void stop() {
        API.close();
    }

    /** Input: a byte choosing the request, then the path or query part up to a newline, then the body. */
    @FuzzTest(maxDuration = "60s")
    void anyRequestBodyOrParameterGetsASuccessOrAProblem(byte[] input) {
        if (input.length == 0) {
            return;
        }
        // The only connections are the test's own, to the API under test: not a forgery.
        BugDetectors.allowNetworkConnections((host, port) -> port == API.app.port());
        String request = REQUESTS.get(Byte.toUnsignedInt(input[0]) % REQUESTS.size());
        String rest = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        int newline = rest.indexOf('\n');
        String part = newline < 0 ? "" : rest.substring(0, newline);
        String body = newline < 0 ? rest : rest.substring(newline + 1);
        String token = API.register("fuzz-" + java.util.UUID.randomUUID() + "@example.com");
        String habit = API.createHabit(token, "Fuzzed");
        String encoded = URLEncoder.encode(part, StandardCharsets.UTF_8);
        String[] methodAndPath = request.split(" ", 2);
        String path = methodAndPath[1].replace("{id}", habit).replace("{date}", encoded).replace("{q}", encoded);

        RunningApi.Reply reply = API.send(methodAndPath[0], path, body,
                path.startsWith("/api/v1/auth/") ? null : token);

        assertThat(reply.status()).as(request + " " + reply.text()).isBetween(200, 499);
        if (reply.status() >= 400) {
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().path("status").asInt()).isEqualTo(reply.status());
            assertThat(reply.text()).doesNotContain("Exception", "\tat ");
        }
    }

    @FuzzTest(maxDuration = "30s")
    void anyStringAsATokenIsVerifiedWithoutThrowing(byte[] input) {
        // No string made without the key can carry a valid signature; anything thrown fails the test.
        assertThat(API.tokens.verify(new String(input, StandardCharsets.UTF_8))).isEmpty();
    }

    /**
     * Tokens correctly signed with the server's own key around fuzzed headers and claims (input:
     * header, newline, payload): the verifier must still insist on HS256 and every registered claim.
     */
    @FuzzTest(maxDuration = "30s")
    void signedButMalformedClaimsAreRefusedWithoutThrowing(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String header = newline < 0 ? text : text.substring(0, newline);
        String payload = newline < 0 ? "" : text.substring(newline + 1);
        String signingInput = base64(header) + "." + base64(payload);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RunningApi.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String token = signingInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));

        var claims = API.tokens.verify(token);

        claims.ifPresent(valid -> {
            assertThat(header).contains("HS256");
            assertThat(payload).contains("\"iss\"", "\"aud\"", "\"sub\"", "\"iat\"", "\"exp\"", "\"jti\"");
        });
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
