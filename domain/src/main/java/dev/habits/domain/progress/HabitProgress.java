package dev.habits.domain.progress;

import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A habit's history read against its schedule: what is due, the streaks and the completion rate.
 * Every question is answered in one pass over the check-ins, so years of history stay cheap.
 */
public final class HabitProgress {
    private final Schedule schedule;
    private final LocalDate startDate;
    private final DayOfWeek weekStart;
    private final List<CheckInDay> history;
    private final DayLog log; // what the day rules read: the same history as epoch days

    private HabitProgress(Schedule schedule, LocalDate startDate, DayOfWeek weekStart,
                          List<? extends CheckInDay> history) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.startDate = Objects.requireNonNull(startDate, "startDate");
        this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
        this.history = sortedByDate(history);
        this.log = DayLog.of(this.history);
    }

    /** The progress of a habit whose weeks start on {@code weekStart}, from its check-ins in any order. */
    public static HabitProgress of(Habit habit, DayOfWeek weekStart, List<? extends CheckInDay> checkIns) {
        return new HabitProgress(habit.schedule(), habit.startDate(), weekStart, checkIns);
    }

    /** The same for a bare schedule and start date, for callers without a whole habit. */
    public static HabitProgress of(Schedule schedule, LocalDate startDate, DayOfWeek weekStart,
                                   List<? extends CheckInDay> checkIns) {
        return new HabitProgress(schedule, startDate, weekStart, checkIns);
    }

    private static List<CheckInDay> sortedByDate(List<? extends CheckInDay> checkIns) {
        for (int i = 1; i < checkIns.size(); i++) {
            if (checkIns.get(i - 1).date().isAfter(checkIns.get(i).date())) {
                List<CheckInDay> copy = new ArrayList<>(checkIns);
                copy.sort(Comparator.comparing(CheckInDay::date));
                return List.copyOf(copy);
            }
        }
        return List.copyOf(checkIns);
    }

    /** The current and longest streak as of {@code today}; an open today breaks nothing. */
    public Streaks streaks(LocalDate today) {
        if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            return WeeklyRules.streaks(perWeek.times(), startDate, weekStart, history, today);
        }
        return DailyRules.streaks(DueDays.of(schedule), startDate.toEpochDay(), log, today.toEpochDay());
    }

    /**
     * Done and due occasions in {@code [max(from, startDate), min(to, today)]}; skipped occasions are
     * removed from both. An empty period has nothing due.
     */
    public Completion completion(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate lo = from.isBefore(startDate) ? startDate : from;
        LocalDate hi = to.isAfter(today) ? today : to;
        if (hi.isBefore(lo)) {
            return new Completion(0, 0, 0, 0);
        }
        if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            return WeeklyRules.completion(perWeek.times(), weekStart, lo, hi, history);
        }
        return DailyRules.completion(DueDays.of(schedule), lo.toEpochDay(), hi.toEpochDay(), log);
    }

    /** Streaks over the whole history and completion over the period, as the stats view shows them. */
    public HabitStats stats(LocalDate from, LocalDate to, LocalDate today) {
        return new HabitStats(streaks(today), completion(from, to, today), from, to);
    }

    /**
     * The current streak as of {@code today}, counted back from today to the first miss, when the
     * check-ins from {@code since} on decide it: the run ends at a miss on or after {@code since}, or
     * the habit began on or after it. Empty when the run reaches back past {@code since} unbroken:
     * then only older check-ins can tell its length. So a reader holding only the recent check-ins
     * learns whether they are enough. For "N times a week", {@code since} should be a week start:
     * a week that began before it is never judged on part of its days.
     */
    public OptionalInt currentStreakSince(LocalDate since, LocalDate today) {
        if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            return WeeklyRules.currentSince(perWeek.times(), startDate, since, weekStart, history, today);
        }
        return DailyRules.currentSince(DueDays.of(schedule), startDate.toEpochDay(), since.toEpochDay(), log,
                today.toEpochDay());
    }

    /** Whether the habit asks for a check-in on this day. */
    public boolean dueOn(LocalDate day) {
        if (day.isBefore(startDate)) {
            return false;
        }
        if (schedule instanceof Schedule.TimesPerWeek perWeek) {
            return WeeklyRules.dueOn(perWeek.times(), startDate, weekStart, history, day);
        }
        return DueDays.isDue(schedule, day);
    }

    /** The status checked in on this day, if any. */
    public Optional<CheckInStatus> statusOn(LocalDate day) {
        for (int i = history.size() - 1; i >= 0; i--) {
            LocalDate date = history.get(i).date();
            if (date.equals(day)) {
                return Optional.of(history.get(i).status());
            }
            if (date.isBefore(day)) {
                break;
            }
        }
        return Optional.empty();
    }
}
