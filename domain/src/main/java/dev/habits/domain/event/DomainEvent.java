package dev.habits.domain.event;

import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;

/** Something that happened in the habit domain, published after the change is committed. */
public sealed interface DomainEvent {

    /** Whose data the event concerns. */
    UserId userId();

    /** When it happened. */
    Instant occurredAt();

    /** A person registered. */
    record UserRegistered(UserId userId, Instant occurredAt) implements DomainEvent {
    }

    /** A person changed their display name or settings. */
    record ProfileChanged(UserId userId, Instant occurredAt) implements DomainEvent {
    }

    /** A person set a new password: every token issued before stops working. */
    record PasswordChanged(UserId userId, Instant occurredAt) implements DomainEvent {
    }

    /** Every access token of a person was revoked (a spent refresh token was presented again). */
    record TokensRevoked(UserId userId, Instant occurredAt) implements DomainEvent {
    }

    /** A person deleted their account and all its data. */
    record UserDeleted(UserId userId, Instant occurredAt) implements DomainEvent {
    }

    /** A habit was created. */
    record HabitCreated(UserId userId, HabitId habitId, Instant occurredAt) implements DomainEvent {
    }

    /** A habit was archived. */
    record HabitArchived(UserId userId, HabitId habitId, Instant occurredAt) implements DomainEvent {
    }

    /** A habit and its check-ins were deleted. */
    record HabitDeleted(UserId userId, HabitId habitId, Instant occurredAt) implements DomainEvent {
    }

    /** A day was checked in (created or replaced). */
    record CheckInRecorded(UserId userId, HabitId habitId, LocalDate date, CheckInStatus status,
                           Instant occurredAt) implements DomainEvent {
    }

    /** A day's check-in was removed. */
    record CheckInRemoved(UserId userId, HabitId habitId, LocalDate date, Instant occurredAt)
            implements DomainEvent {
    }
}
