package dev.habits.domain.progress;

import dev.habits.domain.habit.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A day-based schedule as a bit per weekday, so that "is this day due" and "how many due days lie
 * between" are a shift and a multiplication on epoch days rather than walks over dates.
 */
final class DueDays {
    private static final int EVERY_DAY = 0x7F;
    /** 1970-01-01, epoch day 0, was a Thursday. */
    private static final int EPOCH_WEEKDAY = DayOfWeek.THURSDAY.ordinal();

    private final int mask;
    private final int perWeek;

    private DueDays(int mask) {
        this.mask = mask;
        this.perWeek = Integer.bitCount(mask);
    }

    static DueDays of(Schedule schedule) {
        if (schedule instanceof Schedule.Weekdays weekdays) {
            int mask = 0;
            for (DayOfWeek day : weekdays.days()) {
                mask |= 1 << day.ordinal();
            }
            return new DueDays(mask);
        }
        return new DueDays(EVERY_DAY);
    }

    static boolean isDue(Schedule schedule, LocalDate date) {
        return of(schedule).isDue(date.toEpochDay());
    }

    boolean isDue(long epochDay) {
        return (mask >>> weekday(epochDay) & 1) != 0;
    }

    /** Occasions in [from, until): whole weeks by multiplication, the rest (under 7 days) one by one. */
    long between(long from, long until) {
        long days = until - from;
        if (days <= 0) {
            return 0;
        }
        if (mask == EVERY_DAY) {
            return days;
        }
        long count = days / 7 * perWeek;
        for (long day = from + days / 7 * 7; day < until; day++) {
            if (isDue(day)) {
                count++;
            }
        }
        return count;
    }

    private static int weekday(long epochDay) {
        return (int) Math.floorMod(epochDay + EPOCH_WEEKDAY, 7L);
    }
}
