package dev.habits.domain.progress;

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

    /** Whether a due day in {@code [from, today)} has no check-in: a miss that ends any earlier run. */
    static boolean missedSince(DueDays due, long from, DayLog log, long today) {
        long next = from;
        for (int i = log.firstAtOrAfter(from); i < log.size() && log.day(i) < today; i++) {
            long day = log.day(i);
            if (due.isDue(day)) {
                if (due.between(next, day) > 0) {
                    return true;
                }
                next = day + 1;
            }
        }
        return due.between(next, today) > 0;
    }
}
