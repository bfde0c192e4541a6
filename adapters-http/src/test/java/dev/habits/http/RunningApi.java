package dev.habits.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.habits.application.HabitTracker;
import dev.habits.application.fixtures.TestPorts;
import dev.habits.http.ops.StartGate;
import dev.habits.http.protection.RateLimitStore;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** The API over in-memory ports with real tokens and a cheap Argon2, on a real socket. */
final class RunningApi implements AutoCloseable {
    static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    static final ObjectMapper MAPPER = new ObjectMapper();

    final TestPorts ports = TestPorts.at("2026-11-22T09:30:00Z");
    final JwtAccessTokens tokens = new JwtAccessTokens(SECRET, Duration.ofMinutes(15), ports.clock);
    final Javalin app;
    private final StoreSwitch store;
    /** Every exchange this fixture made, for the OpenAPI conformance check. */
    final List<Exchange> exchanges = new java.util.ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();

    record Exchange(String method, String pathAndQuery, String requestBody, java.util.Map<String, List<String>> requestHeaders,
                    Reply reply) {
    }

    RunningApi() {
        this(new HttpSettings(65_536, List.of(), false, 0, 0), false, UnaryOperator.identity());
    }

    RunningApi(HttpSettings settings, boolean databaseDown, UnaryOperator<HabitTracker.Ports> portsChange) {
        this(settings, databaseDown, portsChange, StartGate.open());
    }

    /** Listening before it has started, as the server does: API requests wait at {@code startGate}. */
    RunningApi(StartGate startGate) {
        this(new HttpSettings(65_536, List.of(), false, 0, 0), false, UnaryOperator.identity(), startGate);
    }

    private RunningApi(HttpSettings settings, boolean databaseDown, UnaryOperator<HabitTracker.Ports> portsChange,
                       StartGate startGate) {
        store = StoreSwitch.fromSystemProperty();
        HabitTracker.Ports base = store.apply(ports.ports());
        HabitTracker.Ports wired = portsChange.apply(new HabitTracker.Ports(base.users(), base.habits(),
                base.checkIns(), base.refreshTokens(), base.transactions(), new Argon2PasswordHasher(1024, 1, 1),
                tokens, base.ids(), base.events(), base.clock()));
        // As the server runs: users remembered for a second between requests.
        HabitTracker tracker = HabitTracker.wire(wired, Duration.ofDays(30), Duration.ofSeconds(1));
        app = HttpApi.create(settings, tracker, tokens, () -> !databaseDown, e -> databaseDown,
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), RateLimitStore.inMemory(), startGate).start(0);
    }

    record Reply(int status, java.net.http.HttpHeaders headers, String text) {
        JsonNode json() {
            try {
                return MAPPER.readTree(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Reply send(String method, String path, String body, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpRequest built = request.build();
            HttpResponse<byte[]> response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
            Reply reply = new Reply(response.statusCode(), response.headers(),
                    new String(response.body(), StandardCharsets.UTF_8));
            exchanges.add(new Exchange(method, path, body, built.headers().map(), reply));
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The status line the server answers to a POST that declares {@code length} bytes of JSON and
     * sends none of them, over a plain socket: a server that refuses a body by its declared length
     * answers at once. (Sending the body too races that answer: the server closes on unread bytes,
     * and the reset can discard its answer before the client reads it.)
     */
    String statusLineForDeclaredLength(String path, long length, String token) {
        try (Socket socket = new Socket("localhost", app.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply get(String path, String token) {
        return send("GET", path, null, token);
    }

    /** Registers someone and returns their access token. */
    String register(String email) {
        return registerReply(email).json().at("/data/tokens/accessToken").asText();
    }

    Reply registerReply(String email) {
        return send("POST", "/api/v1/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\",\"displayName\":\"Ada\"}", null);
    }

    String createHabit(String token, String name) {
        return send("POST", "/api/v1/habits", "{\"name\":\"" + name + "\"}", token).json().at("/data/id").asText();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            store.close();
        }
    }
}
