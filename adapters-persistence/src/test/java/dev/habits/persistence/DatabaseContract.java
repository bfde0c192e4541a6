package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.port.Habits;
import dev.habits.domain.user.RefreshToken;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Color;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.user.DisplayName;
import dev.habits.domain.user.Email;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import dev.habits.domain.user.UserSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every contract shares: one database per test class (each subclass says which), and
 * fixtures that store a user or a habit in one line. Tests make their own users, so they never
 * see each other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {
    /** Microseconds, because that is what both databases keep. */
    static final Instant NOW = Instant.parse("2026-11-22T09:30:00.123456Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    static final int RACERS = 32;

    private TestDatabase testDatabase;
    Database db;

    /** The database this run of the contract is against. */
    abstract TestDatabase openDatabase();

    @BeforeAll
    void openTheDatabase() {
        testDatabase = openDatabase();
        db = testDatabase.database();
    }

    /** The same database as {@link #db} seen from a second node, with its own pool and what its repositories keep. */
    Database anotherNode() {
        return testDatabase.anotherNode();
    }

    @AfterAll
    void closeTheDatabase() {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    User aUser() {
        UUID id = UUID.randomUUID();
        User user = User.register(new UserId(id), new Email("someone-" + id + "@example.com"),
                new DisplayName("Someone"), UserSettings.DEFAULTS, "hash$" + id, NOW);
        db.users().add(user);
        return user;
    }

    Habit aHabit(User owner, String name) {
        Habit habit = habitNamed(owner, name, db.habits().nextPosition(owner.id()));
        db.habits().add(habit);
        return habit;
    }

    /** The history tag the habit has now; the habit read with it must be the one given. */
    long tagOf(User owner, Habit habit) {
        Habits.Tagged tagged = db.habits().taggedById(owner.id(), habit.id()).orElseThrow();
        assertThat(tagged.habit()).isEqualTo(habit);
        return tagged.historyTag();
    }

    static Habit habitNamed(User owner, String name, int position) {
        return new Habit(new HabitId(UUID.randomUUID()), owner.id(), new HabitName(name), "", Color.DEFAULT,
                Schedule.DEFAULT, TODAY.minusDays(30), null, position, NOW, NOW);
    }

    static CheckIn done(Habit habit, LocalDate date) {
        return new CheckIn(habit.id(), date, CheckInStatus.DONE, "", NOW, NOW);
    }

    RefreshToken aToken(User owner, UUID family) {
        UUID id = UUID.randomUUID();
        RefreshToken token = new RefreshToken(id, owner.id(), family, "hash-" + id, NOW,
                NOW.plus(Duration.ofDays(30)), null, null);
        db.refreshTokens().add(token);
        return token;
    }

    /** Runs {@code work} on {@link #RACERS} threads released at once; each outcome is a value or the exception. */
    static <T> List<Object> race(Callable<T> work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
