package dev.habits.domain.habit;

import dev.habits.domain.shared.DomainException;
import dev.habits.domain.shared.Text;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** Something a user means to do regularly. Immutable: every change returns a new habit. */
public record Habit(HabitId id, UserId userId, HabitName name, String description, Color color,
                    Schedule schedule, LocalDate startDate, Instant archivedAt, int position,
                    Instant createdAt, Instant updatedAt) {

    public static final int MAX_DESCRIPTION = 300;
    /** The earliest start date a habit may have: older history is not habit tracking but archaeology. */
    public static final LocalDate EARLIEST_START = LocalDate.of(1970, 1, 1);
    /** How far ahead of the user's today a habit may be planned to start. */
    public static final int MAX_DAYS_AHEAD = 366;

    public Habit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        description = description(description);
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(startDate, "startDate");
        if (startDate.isBefore(EARLIEST_START)) {
            throw DomainException.invalid("startDate", "must not be before " + EARLIEST_START);
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
    }

    /** Checks a description: at most 300 characters, line breaks allowed. */
    public static String description(String raw) {
        return Text.multiline("description", raw, MAX_DESCRIPTION);
    }

    /** Refuses a start date further ahead of the user's today than a plan reasonably reaches. */
    public static void requireStartWithinReach(LocalDate startDate, LocalDate today) {
        if (startDate.isBefore(EARLIEST_START)) {
            throw DomainException.invalid("startDate", "must not be before " + EARLIEST_START);
        }
        if (startDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw DomainException.invalid("startDate", "must be at most " + MAX_DAYS_AHEAD + " days after today");
        }
    }

    public boolean archived() {
        return archivedAt != null;
    }

    /** Whether a check-in may be recorded on this date (the future is the caller's rule). */
    public void requireTrackableOn(LocalDate date) {
        if (date.isBefore(startDate)) {
            throw DomainException.invalid("date", "is before the habit's start date " + startDate);
        }
        if (archived()) {
            throw DomainException.conflict("archived", "the habit is archived; unarchive it to check in");
        }
    }

    public Habit withDetails(HabitName newName, String newDescription, Color newColor, Schedule newSchedule,
                             LocalDate newStartDate, Instant now) {
        return new Habit(id, userId, newName, newDescription, newColor, newSchedule, newStartDate, archivedAt,
                position, createdAt, now);
    }

    /** Archived now; archiving an archived habit keeps its first archive time. */
    public Habit archive(Instant now) {
        return archived() ? this : new Habit(id, userId, name, description, color, schedule, startDate, now,
                position, createdAt, now);
    }

    public Habit unarchive(Instant now, int newPosition) {
        return archived() ? new Habit(id, userId, name, description, color, schedule, startDate, null,
                newPosition, createdAt, now) : this;
    }

    public Habit atPosition(int newPosition, Instant now) {
        return newPosition == position ? this : new Habit(id, userId, name, description, color, schedule,
                startDate, archivedAt, newPosition, createdAt, now);
    }
}
