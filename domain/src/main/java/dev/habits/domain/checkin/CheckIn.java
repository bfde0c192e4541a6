package dev.habits.domain.checkin;

import dev.habits.domain.habit.HabitId;
import dev.habits.domain.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A habit's record for one of the user's local days. Measurable habits will add a quantity here;
 * the rules read only {@link #status()} so far.
 */
public record CheckIn(HabitId habitId, LocalDate date, CheckInStatus status, String note,
                      Instant createdAt, Instant updatedAt) implements CheckInDay {

    public static final int MAX_NOTE = 500;

    public CheckIn {
        Objects.requireNonNull(habitId, "habitId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        note = note(note);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Checks a note: at most 500 characters, line breaks allowed. */
    public static String note(String raw) {
        return Text.multiline("note", raw, MAX_NOTE);
    }

    /** This check-in replaced by another on the same day; it keeps its creation time. */
    public CheckIn replacedBy(CheckInStatus newStatus, String newNote, Instant now) {
        return new CheckIn(habitId, date, newStatus, newNote, createdAt, now);
    }

    /** Whether recording {@code status} and {@code note} again would change nothing. */
    public boolean sameAs(CheckInStatus otherStatus, String otherNote) {
        return status == otherStatus && note.equals(otherNote);
    }
}
