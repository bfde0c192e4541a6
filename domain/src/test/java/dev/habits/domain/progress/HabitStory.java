package dev.habits.domain.progress;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * A habit's history told as a story: {@code aDailyHabitStarted(daysAgo(30)).done(daysAgo(1))}.
 * "Today" is {@link #TODAY}, a Sunday, unless a step names another day.
 */
final class HabitStory {
    /** Sunday 22 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final HabitId HABIT = new HabitId(new UUID(0, 1));
    private static final Instant WRITTEN = Instant.parse("2026-11-22T09:30:00Z");

    private final Schedule schedule;
    private final LocalDate start;
    private final DayOfWeek weekStart;
    private final List<CheckIn> checkIns;

    private HabitStory(Schedule schedule, LocalDate start, DayOfWeek weekStart, List<CheckIn> checkIns) {
        this.schedule = schedule;
        this.start = start;
        this.weekStart = weekStart;
        this.checkIns = checkIns;
    }

    static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    static LocalDate on(String isoDate) {
        return LocalDate.parse(isoDate);
    }

    static HabitStory aDailyHabitStarted(LocalDate start) {
        return new HabitStory(new Schedule.Daily(), start, DayOfWeek.MONDAY, new ArrayList<>());
    }

    static HabitStory aHabitOnWeekdaysStarted(LocalDate start, DayOfWeek first, DayOfWeek... more) {
        return new HabitStory(new Schedule.Weekdays(EnumSet.of(first, more)), start, DayOfWeek.MONDAY,
                new ArrayList<>());
    }

    static HabitStory aTimesPerWeekHabitStarted(int times, LocalDate start) {
        return new HabitStory(new Schedule.TimesPerWeek(times), start, DayOfWeek.MONDAY, new ArrayList<>());
    }

    /** The same story read by a user whose weeks start on another day. */
    HabitStory withWeeksStartingOn(DayOfWeek day) {
        return new HabitStory(schedule, start, day, checkIns);
    }

    HabitStory done(LocalDate... days) {
        return checkedIn(CheckInStatus.DONE, days);
    }

    HabitStory skipped(LocalDate... days) {
        return checkedIn(CheckInStatus.SKIPPED, days);
    }

    /** Done on every day from {@code first} to {@code last}, both included. */
    HabitStory doneEveryDay(LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            done(day);
        }
        return this;
    }

    private HabitStory checkedIn(CheckInStatus status, LocalDate... days) {
        for (LocalDate day : days) {
            checkIns.add(new CheckIn(HABIT, day, status, "", WRITTEN, WRITTEN));
        }
        return this;
    }

    HabitProgress progress() {
        return HabitProgress.of(schedule, start, weekStart, List.copyOf(checkIns));
    }

    Streaks streaks() {
        return streaksOn(TODAY);
    }

    Streaks streaksOn(LocalDate today) {
        return progress().streaks(today);
    }

    Completion completion(LocalDate from, LocalDate to) {
        return progress().completion(from, to, TODAY);
    }
}
