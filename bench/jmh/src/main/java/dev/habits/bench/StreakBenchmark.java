package dev.habits.bench;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.Schedule;
import dev.habits.domain.progress.HabitProgress;
import dev.habits.domain.progress.HabitStats;
import dev.habits.domain.progress.Streaks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the stats endpoint pays in the domain: streaks over the whole history plus completion over
 * it, for 1, 3 and 10 years of check-ins (about 85 % done, 5 % skipped, the rest missed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StreakBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Param({"1", "3", "10"})
    public int years;

    @Param({"daily", "weekdays", "timesPerWeek"})
    public String schedule;

    private Schedule rules;
    private LocalDate start;
    private List<CheckIn> history;

    @Setup
    public void makeHistory() {
        rules = switch (schedule) {
            case "weekdays" -> new Schedule.Weekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
            case "timesPerWeek" -> new Schedule.TimesPerWeek(3);
            default -> new Schedule.Daily();
        };
        start = TODAY.minusYears(years);
        HabitId habit = new HabitId(UUID.randomUUID());
        Instant at = Instant.parse("2026-11-22T09:30:00Z");
        SplittableRandom random = new SplittableRandom(42);
        history = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(TODAY); day = day.plusDays(1)) {
            int roll = random.nextInt(100);
            if (roll < 85) {
                history.add(new CheckIn(habit, day, CheckInStatus.DONE, "", at, at));
            } else if (roll < 90) {
                history.add(new CheckIn(habit, day, CheckInStatus.SKIPPED, "", at, at));
            }
        }
        history = List.copyOf(history);
    }

    /** The stats endpoint's whole domain work: both of the below on a fresh progress. */
    @Benchmark
    public HabitStats statsOverTheWholeHistory() {
        return HabitProgress.of(rules, start, DayOfWeek.MONDAY, history).stats(start, TODAY, TODAY);
    }

    @Benchmark
    public Streaks streaksOnly() {
        return HabitProgress.of(rules, start, DayOfWeek.MONDAY, history).streaks(TODAY);
    }

    @Benchmark
    public double completionRateOnly() {
        return HabitProgress.of(rules, start, DayOfWeek.MONDAY, history).completion(start, TODAY, TODAY).rate();
    }
}
