package dev.habits.domain.progress;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.habit.Schedule;
import java.time.LocalDate;
import java.util.List;

/**
 * Streaks and completion for schedules whose occasions are days (daily, chosen weekdays).
 * One pass over the sorted check-ins; the due days between two check-ins are counted, not walked.
 */
final class DailyRules {
    private DailyRules() {
    }

    static Streaks streaks(Schedule schedule, LocalDate start, List<CheckIn> sorted, LocalDate today) {
        int run = 0;
        int longest = 0;
        LocalDate next = start; // the first due-day candidate not yet accounted for
        for (CheckIn checkIn : sorted) {
            LocalDate date = checkIn.date();
            if (date.isBefore(start) || date.isAfter(today) || !DueDays.isDue(schedule, date)) {
                continue; // unscheduled days are passed over
            }
            if (DueDays.between(schedule, next, date) > 0) {
                run = 0; // a due day with no check-in in between
            }
            if (checkIn.done()) {
                run++;
                longest = Math.max(longest, run);
            }
            // a skipped day neither extends nor breaks the run
            next = date.plusDays(1);
        }
        // due days after the last check-in break the streak, except today, which is still open
        int current = DueDays.between(schedule, next, today) > 0 ? 0 : run;
        return new Streaks(current, longest, StreakUnit.DAYS);
    }

    static Completion completion(Schedule schedule, LocalDate from, LocalDate to, List<CheckIn> sorted) {
        long due = DueDays.between(schedule, from, to.plusDays(1));
        int done = 0;
        int skipped = 0;
        for (CheckIn checkIn : sorted) {
            LocalDate date = checkIn.date();
            if (date.isBefore(from) || date.isAfter(to) || !DueDays.isDue(schedule, date)) {
                continue;
            }
            if (checkIn.done()) {
                done++;
            } else {
                skipped++;
            }
        }
        int dueOccasions = (int) due - skipped;
        return new Completion(done, skipped, dueOccasions, done);
    }
}
