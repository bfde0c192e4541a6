package dev.habits.domain.habit;

import dev.habits.domain.shared.DomainException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a habit is meant to be done. A closed set that grows with the product (every N days,
 * monthly and measurable targets are planned), so every rule switches over it exhaustively.
 */
public sealed interface Schedule permits Schedule.Daily, Schedule.Weekdays, Schedule.TimesPerWeek {

    /** The schedule a habit gets when none is given. */
    Schedule DEFAULT = new Daily();

    /** The type name clients see, e.g. {@code daily}. */
    String type();

    /** Every day is an occasion. */
    record Daily() implements Schedule {
        @Override
        public String type() {
            return "daily";
        }
    }

    /** Only the chosen days of the week are occasions. */
    record Weekdays(Set<DayOfWeek> days) implements Schedule {
        public Weekdays {
            if (days == null || days.isEmpty()) {
                throw DomainException.invalid("schedule.days",
                        "must name 1 to 7 distinct days");
            }
            days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        }

        @Override
        public String type() {
            return "weekdays";
        }

        public boolean includes(LocalDate date) {
            return days.contains(date.getDayOfWeek());
        }
    }

    /** Any {@code times} days of each week; the week starts on the user's chosen day. */
    record TimesPerWeek(int times) implements Schedule {
        public TimesPerWeek {
            if (times < 1 || times > 7) {
                throw DomainException.invalid("schedule.times", "must be between 1 and 7");
            }
        }

        @Override
        public String type() {
            return "timesPerWeek";
        }
    }
}
