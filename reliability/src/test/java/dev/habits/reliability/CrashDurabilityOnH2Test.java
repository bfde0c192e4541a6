package dev.habits.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at a random moment of a write storm, restart on the same H2 file, and find every write that
 * was acknowledged. Rounds: {@code -Dreliability.rounds} (3 in every build, 20 in profile reliability).
 */
class CrashDurabilityOnH2Test {
    static final int WRITERS = 4;
    /** The kill comes this many ms into the load, plus up to the spread; a short spread finds H2's open loss fast. */
    static final int KILL_MIN_MS = Integer.getInteger("reliability.killMin", 300);
    static final int KILL_SPREAD_MS = Integer.getInteger("reliability.killSpread", 1_700);

    // Kept when the test fails: the database and every server's log (server-*.log) for looking into it.
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() {
        int rounds = Integer.getInteger("reliability.rounds", 3);
        SplittableRandom random = new SplittableRandom(20261123);
        WriteLoad load;
        try (ServerProcess first = ServerProcess.start(dataDir, Map.of())) {
            load = new WriteLoad(users(new Api(first), "h2"));
        }
        for (int round = 1; round <= rounds; round++) {
            try (ServerProcess server = ServerProcess.start(dataDir, Map.of())) {
                crashDuringWrites(load, server, round, KILL_MIN_MS + random.nextInt(KILL_SPREAD_MS));
            }
            keepAsKilled(round);
            try (ServerProcess restarted = ServerProcess.start(dataDir, Map.of())) {
                load.assertAllPresent(restarted);
            }
            System.out.printf("h2 crash round %d: %d writes acknowledged so far, none lost%n", round, load.acknowledged());
        }
        load.assertOnlyOutagesRefused();
        assertThat(load.acknowledged()).as("acknowledged writes over " + rounds + " rounds").isGreaterThan(rounds * 20);
        System.out.printf("h2 crash rounds: %d, acknowledged writes: %d, lost: 0%n", rounds, load.acknowledged());
    }

    /**
     * The database file as the kill left it, before the restart recovers it: kept (last round only) in
     * {@code target/h2-as-killed} so that a loss can be looked into with H2's tools.
     */
    private void keepAsKilled(int round) {
        try {
            Path kept = Path.of("target", "h2-as-killed");
            Files.createDirectories(kept);
            Files.copy(dataDir.resolve("habits.mv.db"), kept.resolve("habits.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(kept.resolve("round.txt"), "round " + round + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> users(Api api, String prefix) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            tokens.add(api.register(prefix + "-writer-" + i + "@example.com"));
        }
        return tokens;
    }

    /** Writers at full speed; SIGKILL after {@code millis}; then the writers give up. */
    static void crashDuringWrites(WriteLoad load, ServerProcess server, int round, long millis) {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = load.start(server, round, stop);
        ServerProcess.sleep(millis);
        server.kill();
        stop.set(true);
        ServerProcess.joinAll(writers);
    }
}
