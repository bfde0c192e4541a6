package dev.habits.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL (the test's own cluster) goes away under load, and comes back. */
class DatabaseOutageTest {
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
    /**
     * The pool's connector retries a lost database every 200 ms (HikariCP alone backs off to 5 s
     * between attempts), so recovery takes a retry interval and a connect; measured in RESULTS.md.
     */
    private static final Duration RECOVER_WITHIN = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    @Test
    void databaseRoutesAnswer503QuicklyWhileItIsDownAndTheServerRecoversByItself() {
        try (OwnPostgres postgres = OwnPostgres.start();
             ServerProcess server = ServerProcess.start(dataDir, Map.of("HABITS_DB_URL", postgres.jdbcUrl()))) {
            Api api = new Api(server, Duration.ofSeconds(30));
            String token = api.register("outage@example.com");
            String habit = api.send("POST", "/api/v1/habits", "{\"name\":\"Read\"}", token).body().path("data")
                    .path("id").asText();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong slowest = new AtomicLong();
            List<Thread> load = readers(server, token, stop, slowest);

            postgres.stopImmediately();
            long down = System.nanoTime();
            List<Probe> probes = new ArrayList<>();
            while (System.nanoTime() - down < Duration.ofSeconds(6).toNanos()) {
                probes.add(probe(api, "GET", "/api/v1/habits", null, token));
                probes.add(probe(api, "PUT", "/api/v1/habits/" + habit + "/checkins/" + WriteLoad.TODAY,
                        "{\"status\":\"done\"}", token));
                probes.add(probe(api, "GET", "/api/v1/habits/" + habit + "/stats", null, token));
                probes.add(probe(api, "GET", "/health/live", null, null));
                probes.add(probe(api, "GET", "/health/ready", null, null));
            }
            long slowestWhileDown = slowest.get();

            postgres.startAgain();
            long up = System.nanoTime();
            while (api.send("GET", "/api/v1/habits", null, token).status() != 200
                    && System.nanoTime() - up < Duration.ofSeconds(30).toNanos()) {
                ServerProcess.sleep(50);
            }
            Duration recovery = Duration.ofNanos(System.nanoTime() - up);
            stop.set(true);
            ServerProcess.joinAll(load);

            for (Probe probe : probes) {
                assertThat(probe.took()).as(probe.path() + " answered").isLessThan(ANSWER_WITHIN);
                switch (probe.path()) {
                    case "/health/live" -> assertThat(probe.status()).as("live while the database is down").isEqualTo(200);
                    case "/health/ready" -> assertThat(probe.status()).as("ready while it is down").isEqualTo(503);
                    default -> {
                        assertThat(probe.status()).as(probe.method() + " " + probe.path()).isEqualTo(503);
                        assertThat(probe.contentType()).startsWith("application/problem+json");
                    }
                }
            }
            assertThat(Duration.ofNanos(slowestWhileDown)).as("slowest answer under load").isLessThan(ANSWER_WITHIN);
            assertThat(recovery).as("back without a restart").isLessThan(RECOVER_WITHIN);
            assertThat(api.send("GET", "/health/ready", null, null).status()).isEqualTo(200);
            System.out.printf("outage: %d probes, slowest %d ms (under load %d ms), recovered in %d ms%n",
                    probes.size(), probes.stream().mapToLong(p -> p.took().toMillis()).max().orElse(0),
                    slowestWhileDown / 1_000_000, recovery.toMillis());
        }
    }

    @Test
    void startingWhileTheDatabaseIsDownExitsNonZeroWithAClearMessage() {
        try (OwnPostgres postgres = OwnPostgres.start()) {
            postgres.stopImmediately();
            try (ServerProcess server = ServerProcess.launch(dataDir, Map.of("HABITS_DB_URL", postgres.jdbcUrl()))) {
                int exit = server.waitFor(Duration.ofSeconds(60));

                assertThat(exit).isNotZero();
                assertThat(server.output()).contains("habit-tracker: cannot start")
                        .contains("127.0.0.1:" + postgres.port);
            }
        }
    }

    record Probe(String method, String path, int status, String contentType, Duration took) {
    }

    private static Probe probe(Api api, String method, String path, String body, String token) {
        long start = System.nanoTime();
        Api.Reply reply = api.send(method, path, body, token);
        return new Probe(method, path.replaceAll("/checkins/.*", "/checkins/{date}").replaceAll("\\?.*", ""),
                reply.status(), reply.contentType(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static List<Thread> readers(ServerProcess server, String token, AtomicBoolean stop, AtomicLong slowest) {
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread reader = new Thread(() -> {
                Api api = new Api(server, Duration.ofSeconds(30));
                while (!stop.get()) {
                    long start = System.nanoTime();
                    api.send("GET", "/api/v1/today", null, token);
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
            });
            reader.start();
            readers.add(reader);
        }
        return readers;
    }
}
