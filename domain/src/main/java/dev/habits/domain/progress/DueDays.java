package dev.habits.domain.progress;

import dev.habits.domain.habit.Schedule;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Counts a day-based schedule's occasions in a date range arithmetically, without walking it. */
final class DueDays {
    private DueDays() {
    }

    static boolean isDue(Schedule schedule, LocalDate date) {
        if (schedule instanceof Schedule.Weekdays weekdays) {
            return weekdays.includes(date);
        }
        return true;
    }

    /** Occasions in [from, until): whole weeks by multiplication, the rest (under 7 days) one by one. */
    static long between(Schedule schedule, LocalDate from, LocalDate until) {
        long days = ChronoUnit.DAYS.between(from, until);
        if (days <= 0) {
            return 0;
        }
        if (!(schedule instanceof Schedule.Weekdays weekdays)) {
            return days;
        }
        long fullWeeks = days / 7;
        long count = fullWeeks * weekdays.days().size();
        LocalDate rest = from.plusDays(fullWeeks * 7);
        for (long i = 0; i < days % 7; i++) {
            if (weekdays.includes(rest.plusDays(i))) {
                count++;
            }
        }
        return count;
    }
}
