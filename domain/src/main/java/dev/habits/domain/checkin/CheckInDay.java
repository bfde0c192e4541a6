package dev.habits.domain.checkin;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A check-in as the progress rules read it: its day and status. Streaks and completion over
 * years of history need nothing more, so a store can hand over just this much of each row.
 */
public interface CheckInDay {
    LocalDate date();

    CheckInStatus status();

    default boolean done() {
        return status() == CheckInStatus.DONE;
    }

    default boolean skipped() {
        return status() == CheckInStatus.SKIPPED;
    }

    static CheckInDay of(LocalDate date, CheckInStatus status) {
        return new Day(date, status);
    }

    /** A day and its status without the rest of a check-in. */
    record Day(LocalDate date, CheckInStatus status) implements CheckInDay {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(status, "status");
        }
    }
}
