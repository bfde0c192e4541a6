package dev.habits.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writers that create habits and check in as fast as they can, each as its own user, and log every
 * write the server acknowledged (2xx). Each (habit, day) is written once, so what a later read must
 * show is exactly what was acknowledged, whatever was in flight when the server died.
 */
final class WriteLoad {
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int DAYS_PER_HABIT = 10;

    private final List<String> tokens;
    /** habit id -> its owner's token index */
    private final Map<String, Integer> habits = new ConcurrentHashMap<>();
    /** habit id -> the round it was created in, for telling a loss in the last round from an older one */
    private final Map<String, Integer> rounds = new ConcurrentHashMap<>();
    /** habit id -> day -> status acknowledged */
    private final Map<String, Map<LocalDate, String>> checkIns = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    /** Answers other than 2xx, 503 and no answer at all: a crash must never show as a server fault. */
    private final Map<String, Integer> unexpected = new ConcurrentHashMap<>();

    WriteLoad(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** Writers against {@code server} until {@code stop}; {@code round} keeps habit names apart. */
    List<Thread> start(ServerProcess server, int round, AtomicBoolean stop) {
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            int owner = t;
            Thread writer = new Thread(() -> write(new Api(server, java.time.Duration.ofSeconds(5)), owner, round, stop),
                    "writer-" + t);
            writer.start();
            writers.add(writer);
        }
        return writers;
    }

    private void write(Api api, int owner, int round, AtomicBoolean stop) {
        String token = tokens.get(owner);
        for (int n = 0; !stop.get(); n++) {
            Api.Reply created = api.send("POST", "/api/v1/habits", "{\"name\":\"r" + round + " w" + owner + " h" + n
                    + "\",\"startDate\":\"" + TODAY.minusDays(100) + "\"}", token);
            if (!created.ok()) {
                refused(created, "POST /habits");
                ServerProcess.sleep(20); // the server is down or the database away: try again shortly
                continue;
            }
            String habit = created.body().path("data").path("id").asText();
            habits.put(habit, owner);
            rounds.put(habit, round);
            acknowledged.incrementAndGet();
            for (int d = 0; d < DAYS_PER_HABIT && !stop.get(); d++) {
                LocalDate day = TODAY.minusDays(d);
                String status = (n + d) % 4 == 0 ? "skipped" : "done";
                Api.Reply put = api.send("PUT", "/api/v1/habits/" + habit + "/checkins/" + day,
                        "{\"status\":\"" + status + "\",\"note\":\"round " + round + "\"}", token);
                if (put.ok()) {
                    checkIns.computeIfAbsent(habit, h -> new ConcurrentHashMap<>()).put(day, status);
                    acknowledged.incrementAndGet();
                } else {
                    refused(put, "PUT /checkins");
                }
            }
        }
    }

    private void refused(Api.Reply reply, String what) {
        failed.incrementAndGet();
        if (reply.status() != 0 && reply.status() != 503) {
            unexpected.merge(what + " " + reply.status(), 1, Integer::sum);
        }
    }

    /** While the server dies or its database is away, a write gets a 2xx, a 503 or no answer: nothing else. */
    void assertOnlyOutagesRefused() {
        assertThat(unexpected).as("refusals other than 503 or a lost connection").isEmpty();
    }

    int acknowledged() {
        return acknowledged.get();
    }

    int failed() {
        return failed.get();
    }

    private String describe(String habit) {
        return "habit " + habit + " of writer " + habits.get(habit) + " from round " + rounds.get(habit);
    }

    /** Every acknowledged habit and check-in, read back through the API of a (restarted) server. */
    void assertAllPresent(ServerProcess server) {
        Api api = new Api(server);
        // Every loss is listed, not only the first: which writes and how many tell a window from a fault.
        List<String> lost = new ArrayList<>();
        Set<String> lostHabits = new HashSet<>();
        for (int owner = 0; owner < tokens.size(); owner++) {
            Api.Reply list = api.send("GET", "/api/v1/habits?status=all", null, tokens.get(owner));
            assertThat(list.status()).as(() -> "list after restart: " + list.body() + server.faults()).isEqualTo(200);
            Set<String> present = new HashSet<>();
            for (JsonNode habit : list.body().path("data")) {
                present.add(habit.path("id").asText());
            }
            int o = owner;
            habits.forEach((habit, who) -> {
                if (who == o && !present.contains(habit)) {
                    lostHabits.add(habit);
                    lost.add(describe(habit));
                }
            });
        }
        checkIns.forEach((habit, days) -> {
            if (lostHabits.contains(habit)) {
                lost.add(days.size() + " check-ins of " + describe(habit));
                return;
            }
            Api.Reply read = api.send("GET", "/api/v1/habits/" + habit + "/checkins?from=" + TODAY.minusDays(DAYS_PER_HABIT)
                    + "&to=" + TODAY, null, tokens.get(habits.get(habit)));
            assertThat(read.status()).as(() -> "check-ins of " + describe(habit) + " after restart: " + read.body()
                    + server.faults()).isEqualTo(200);
            Map<LocalDate, String> stored = new TreeMap<>();
            for (JsonNode checkIn : read.body().path("data")) {
                stored.put(LocalDate.parse(checkIn.path("date").asText()), checkIn.path("status").asText());
            }
            days.forEach((day, status) -> {
                if (!status.equals(stored.get(day))) {
                    lost.add(describe(habit) + " on " + day + ": acknowledged " + status + ", stored " + stored.get(day));
                }
            });
        });
        assertThat(lost).as("acknowledged writes missing after the restart").isEmpty();
    }
}
