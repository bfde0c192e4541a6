package dev.habits.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The real server jar in a process of its own, as an operator runs it. */
final class ServerProcess implements AutoCloseable {
    static final String SECRET = "reliability-secret-that-is-long-enough-0123";
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar with the settings every reliability test wants, plus {@code env}; does not wait. */
    static ServerProcess launch(Path dataDir, Map<String, String> env) {
        int port = freePort();
        Map<String, String> settings = new HashMap<>(Map.of("HABITS_PORT", Integer.toString(port),
                "HABITS_DATA_DIR", dataDir.toString(), "HABITS_JWT_SECRET", SECRET,
                "HABITS_ACCESS_TOKEN_TTL", "PT2H", "HABITS_AUTH_RATE_LIMIT", "0", "HABITS_API_RATE_LIMIT", "0"));
        settings.putAll(env);
        try {
            Files.createDirectories(dataDir);
            Path log = Files.createTempFile(dataDir, "server-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m", "-jar", jar().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(settings);
            return new ServerProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the jar and waits until {@code /health/ready} answers 200. */
    static ServerProcess start(Path dataDir, Map<String, String> env) {
        ServerProcess server = launch(dataDir, env);
        server.awaitReady();
        return server;
    }

    void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(50);
        }
        throw new AssertionError("the server was not ready within " + READY_WITHIN + ":\n" + output());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM: what an orchestrator sends to stop a node gracefully. */
    void terminate() {
        process.destroy();
    }

    /** The exit code, once the process ends within {@code limit}. */
    int waitFor(Duration limit) {
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the server did not exit within " + limit);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /**
     * The server's log from its first {@code ERROR} on, at most 120 lines, so that a failure in CI, where
     * the kept files are gone, still says what the server saw.
     */
    String faults() {
        List<String> lines = output().lines().toList();
        int first = 0;
        while (first < lines.size() && !lines.get(first).contains("ERROR")) {
            first++;
        }
        if (first == lines.size()) {
            return "\n(no ERROR in the server's log)";
        }
        return "\nthe server's log from its first ERROR:\n"
                + String.join("\n", lines.subList(first, Math.min(lines.size(), first + 120)));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("reliability.jar", "../bootstrap/target/habit-tracker.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("build the server jar first: " + jar.toAbsolutePath());
        }
        return jar;
    }

    /** Waits for load threads that were told to stop. */
    static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
