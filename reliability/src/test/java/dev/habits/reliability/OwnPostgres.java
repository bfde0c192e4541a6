package dev.habits.reliability;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb in a temporary folder, a free port), so that a test
 * can stop it with {@code -m immediate} without touching the server everyone else uses. Without
 * PostgreSQL's binaries the test is skipped, unless {@code CI} is set: then it fails.
 */
final class OwnPostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    final int port;

    private OwnPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    static OwnPostgres start() {
        Path bin = binaries();
        try {
            Path dir = Files.createTempDirectory("habits-pg-");
            if (root()) {
                run(List.of("chown", "postgres:postgres", dir.toString()));
            }
            OwnPostgres postgres = new OwnPostgres(bin, dir, ServerProcess.freePort());
            postgres.asOwner(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                    "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"));
            postgres.startAgain();
            postgres.asOwner(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p",
                    Integer.toString(postgres.port), "-U", "postgres", "habits"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/habits?user=postgres";
    }

    /** Starts the stopped cluster again (waiting until it accepts connections). */
    void startAgain() {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=on", "start"));
    }

    /** A crash, as far as the database can tell: no checkpoint, recovery from the WAL on the next start. */
    void stopImmediately() {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                "-w", "stop"));
    }

    /**
     * An administrator's ordinary stop (what {@code systemctl stop} does): running statements end with
     * SQL state 57P01, "terminating connection due to administrator command".
     */
    void stopFast() {
        asOwner(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                "-w", "stop"));
    }

    @Override
    public void close() {
        try {
            stopImmediately();
        } catch (AssertionError e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary folder; the OS cleans up
        }
    }

    private void asOwner(List<String> command) {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + new String(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(base) ? Files.list(base) : Stream.empty()) {
            Path bin = versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElse(null);
            if (bin != null) {
                return bin;
            }
        } catch (IOException e) {
            // treated as absent
        }
        if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
            fail("PostgreSQL's binaries (initdb, pg_ctl) are needed under /usr/lib/postgresql when CI is set");
        }
        abort("PostgreSQL's binaries are not installed: test skipped");
        throw new IllegalStateException("unreachable");
    }
}
