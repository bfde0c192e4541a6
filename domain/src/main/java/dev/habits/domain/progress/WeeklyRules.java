package dev.habits.domain.progress;

import dev.habits.domain.checkin.CheckInDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.OptionalInt;

/**
 * Streaks and completion for "N times a week". A week's target is {@code times}, lowered to the
 * days the week has in play (the habit's first week may be partial) minus the days skipped; a week
 * whose every day is skipped is passed over like a skipped day.
 */
final class WeeklyRules {
    private WeeklyRules() {
    }

    static LocalDate weekOf(LocalDate date, DayOfWeek weekStart) {
        return date.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    static Streaks streaks(int times, LocalDate start, DayOfWeek weekStart, List<CheckInDay> sorted, LocalDate today) {
        if (today.isBefore(start)) {
            return new Streaks(0, 0, StreakUnit.WEEKS);
        }
        LocalDate currentWeek = weekOf(today, weekStart);
        int run = 0;
        int longest = 0;
        int i = 0;
        for (LocalDate week = weekOf(start, weekStart); !week.isAfter(currentWeek); week = week.plusWeeks(1)) {
            LocalDate from = week.isBefore(start) ? start : week;
            LocalDate until = week.plusDays(7);
            Week counted = Week.count(sorted, i, from, until, today);
            i = counted.next();
            int target = target(times, from, until, counted.skipped());
            if (target == 0) {
                continue;
            }
            if (counted.done() >= target) {
                run++;
                longest = Math.max(longest, run);
            } else if (!week.equals(currentWeek)) {
                run = 0; // the current week is still open and breaks nothing yet
            }
        }
        return new Streaks(run, longest, StreakUnit.WEEKS);
    }

    static Completion completion(int times, DayOfWeek weekStart, LocalDate from, LocalDate to, List<CheckInDay> sorted) {
        int due = 0;
        int doneOccasions = 0;
        int doneCount = 0;
        int skippedCount = 0;
        int i = 0;
        LocalDate end = to.plusDays(1);
        for (LocalDate week = weekOf(from, weekStart); week.isBefore(end); week = week.plusWeeks(1)) {
            LocalDate lo = week.isBefore(from) ? from : week;
            LocalDate hi = week.plusDays(7).isAfter(end) ? end : week.plusDays(7);
            Week counted = Week.count(sorted, i, lo, hi, LocalDate.MAX);
            i = counted.next();
            int target = target(times, lo, hi, counted.skipped());
            due += target;
            doneOccasions += Math.min(counted.done(), target);
            doneCount += counted.done();
            skippedCount += counted.skipped();
        }
        return new Completion(doneCount, skippedCount, due, doneOccasions);
    }

    /**
     * The current streak counted back from this week: weeks that met their target back to the first
     * closed week that fell short, this week counting only once met. Empty when that would need a
     * week that began before {@code since}.
     */
    static OptionalInt currentSince(int times, LocalDate start, LocalDate since, DayOfWeek weekStart,
                                    List<CheckInDay> sorted, LocalDate today) {
        if (today.isBefore(start)) {
            return OptionalInt.of(0);
        }
        LocalDate currentWeek = weekOf(today, weekStart);
        int run = 0;
        int i = sorted.size() - 1;
        for (LocalDate week = currentWeek; week.plusDays(7).isAfter(start); week = week.minusWeeks(1)) {
            LocalDate from = week.isBefore(start) ? start : week;
            if (from.isBefore(since)) {
                return OptionalInt.empty();
            }
            int done = 0;
            int skipped = 0;
            // later weeks took the check-ins after this one; this week's after today do not count yet
            for (; i >= 0 && !sorted.get(i).date().isBefore(from); i--) {
                CheckInDay checkIn = sorted.get(i);
                if (checkIn.date().isAfter(today)) {
                    continue;
                }
                if (checkIn.done()) {
                    done++;
                } else {
                    skipped++;
                }
            }
            int target = target(times, from, week.plusDays(7), skipped);
            if (target > 0 && done >= target) {
                run++;
            } else if (target > 0 && !week.equals(currentWeek)) {
                return OptionalInt.of(run);
            }
        }
        return OptionalInt.of(run);
    }

    /** Done days still needed this week, before today, for the week to count. */
    static boolean dueOn(int times, LocalDate start, DayOfWeek weekStart, List<CheckInDay> sorted, LocalDate today) {
        LocalDate week = weekOf(today, weekStart);
        LocalDate from = week.isBefore(start) ? start : week;
        int doneBefore = 0;
        int skipped = 0;
        for (int i = sorted.size() - 1; i >= 0 && !sorted.get(i).date().isBefore(from); i--) {
            CheckInDay checkIn = sorted.get(i);
            if (checkIn.date().isBefore(today) && checkIn.done()) {
                doneBefore++;
            } else if (checkIn.skipped() && !checkIn.date().isAfter(week.plusDays(6))) {
                skipped++;
            }
        }
        return doneBefore < target(times, from, week.plusDays(7), skipped);
    }

    /** One week's done and skipped days, and where the next week's check-ins begin. */
    private record Week(int done, int skipped, int next) {
        /**
         * Counts the check-ins from {@code sorted[first]} on that fall before {@code until}, keeping
         * those from {@code from} to {@code last}; {@code next} is the first index at or after {@code until}.
         */
        static Week count(List<CheckInDay> sorted, int first, LocalDate from, LocalDate until, LocalDate last) {
            int done = 0;
            int skipped = 0;
            int i = first;
            for (; i < sorted.size() && sorted.get(i).date().isBefore(until); i++) {
                CheckInDay checkIn = sorted.get(i);
                if (checkIn.date().isBefore(from) || checkIn.date().isAfter(last)) {
                    continue;
                }
                if (checkIn.done()) {
                    done++;
                } else {
                    skipped++;
                }
            }
            return new Week(done, skipped, i);
        }
    }

    private static int target(int times, LocalDate from, LocalDate until, int skipped) {
        int days = (int) ChronoUnit.DAYS.between(from, until);
        return Math.max(0, Math.min(times, days - skipped));
    }
}
