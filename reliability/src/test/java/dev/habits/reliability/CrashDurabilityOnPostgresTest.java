package dev.habits.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash rounds on PostgreSQL (a cluster of the test's own): the server killed with SIGKILL, and
 * PostgreSQL itself stopped with {@code -m immediate} mid-load and started again, the server left
 * running to recover by itself; then once with {@code -m fast}, an administrator's stop. Every
 * acknowledged write must be there after each, and every refused one must have been a 503.
 */
class CrashDurabilityOnPostgresTest {
    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedWriteSurvivesAKilledServerAndACrashedDatabase() {
        int rounds = Integer.getInteger("reliability.rounds", 3);
        SplittableRandom random = new SplittableRandom(1123);
        try (OwnPostgres postgres = OwnPostgres.start()) {
            Map<String, String> env = Map.of("HABITS_DB_URL", postgres.jdbcUrl());
            WriteLoad load;
            try (ServerProcess first = ServerProcess.start(dataDir, env)) {
                load = new WriteLoad(CrashDurabilityOnH2Test.users(new Api(first), "pg"));
            }
            for (int round = 1; round <= rounds; round++) {
                try (ServerProcess server = ServerProcess.start(dataDir, env)) {
                    CrashDurabilityOnH2Test.crashDuringWrites(load, server, round, 300 + random.nextInt(1_700));
                }
                try (ServerProcess restarted = ServerProcess.start(dataDir, env)) {
                    load.assertAllPresent(restarted);
                }
            }
            int afterKills = load.acknowledged();
            try (ServerProcess server = ServerProcess.start(dataDir, env)) {
                for (int round = 1; round <= rounds; round++) {
                    databaseStopDuringWrites(load, server, postgres, postgres::stopImmediately, rounds + round,
                            300 + random.nextInt(1_700));
                    load.assertAllPresent(server);
                }
                databaseStopDuringWrites(load, server, postgres, postgres::stopFast, 2 * rounds + 1, 300 + random.nextInt(1_700));
                load.assertAllPresent(server);
            }
            load.assertOnlyOutagesRefused();
            assertThat(load.acknowledged() - afterKills).as("writes acknowledged around database crashes")
                    .isGreaterThan(rounds * 10);
            System.out.printf("postgresql crash rounds: %d server kills, %d database crashes and a fast stop, acknowledged writes: %d,"
                    + " lost: 0%n", rounds, rounds, load.acknowledged());
        }
    }

    private static void databaseStopDuringWrites(WriteLoad load, ServerProcess server, OwnPostgres postgres,
                                                 Runnable stopDatabase, int round, long millis) {
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers = load.start(server, round, stop);
        ServerProcess.sleep(millis);
        stopDatabase.run();
        ServerProcess.sleep(500); // writers meet the outage
        postgres.startAgain();
        ServerProcess.sleep(1_500); // and write again once the server has recovered
        stop.set(true);
        ServerProcess.joinAll(writers);
        server.awaitReady();
        assertThat(new Api(server, Duration.ofSeconds(5)).send("GET", "/health/ready", null, null).status())
                .isEqualTo(200);
    }
}
