package dev.habits.domain.progress;

import java.util.OptionalInt;

/**
 * Streaks and completion for schedules whose occasions are days (daily, chosen weekdays).
 * One pass over the sorted check-ins as epoch days; the due days between two check-ins are
 * counted, not walked.
 */
final class DailyRules {
    private DailyRules() {
    }

    static Streaks streaks(DueDays due, long start, DayLog log, long today) {
        int run = 0;
        int longest = 0;
        long next = start; // the first due-day candidate not yet accounted for
        for (int i = 0; i < log.size(); i++) {
            long day = log.day(i);
            if (day < start || day > today || !due.isDue(day)) {
                continue; // unscheduled days are passed over
            }
            if (due.between(next, day) > 0) {
                run = 0; // a due day with no check-in in between
            }
            if (log.done(i)) {
                run++;
                longest = Math.max(longest, run);
            }
            // a skipped day neither extends nor breaks the run
            next = day + 1;
        }
        // due days after the last check-in break the streak, except today, which is still open
        int current = due.between(next, today) > 0 ? 0 : run;
        return new Streaks(current, longest, StreakUnit.DAYS);
    }

    static Completion completion(DueDays due, long from, long to, DayLog log) {
        int done = 0;
        int skipped = 0;
        for (int i = log.firstAtOrAfter(from); i < log.size() && log.day(i) <= to; i++) {
            if (!due.isDue(log.day(i))) {
                continue;
            }
            if (log.done(i)) {
                done++;
            } else {
                skipped++;
            }
        }
        int dueOccasions = (int) due.between(from, to + 1) - skipped;
        return new Completion(done, skipped, dueOccasions, done);
    }

    /**
     * The current streak counted back from today: done days back to the first due day without a
     * check-in, today being still open. Empty when no such miss lies in {@code [since, today)} and
     * the habit began before {@code since}.
     */
    static OptionalInt currentSince(DueDays due, long start, long since, DayLog log, long today) {
        long from = Math.max(start, since);
        int run = 0;
        long checked = today; // every due day in [checked, today) has a check-in
        for (int i = log.firstAtOrAfter(today + 1) - 1; i >= 0 && log.day(i) >= from; i--) {
            long day = log.day(i);
            if (!due.isDue(day)) {
                continue;
            }
            if (due.between(day + 1, checked) > 0) {
                return OptionalInt.of(run); // a due day after this one has no check-in
            }
            if (log.done(i)) {
                run++;
            }
            checked = day;
        }
        return due.between(from, checked) > 0 || since <= start ? OptionalInt.of(run) : OptionalInt.empty();
    }
}
