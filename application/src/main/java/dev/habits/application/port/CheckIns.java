package dev.habits.application.port;

import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.checkin.CheckInDay;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where check-ins are kept: at most one per habit and day. A store that tags histories (see
 * {@link Habits#taggedById}) gives the habit a new tag with every {@link #save} and every
 * {@link #remove} that removed something, in the same transaction as the change.
 */
public interface CheckIns {
    /**
     * The owner's habit with its check-in on {@code date}, read together: what recording a day
     * checks before it writes, so that a repeat of what is recorded costs one read. Empty when the
     * owner has no such habit.
     */
    Optional<HabitOnDay> habitOn(UserId owner, HabitId habit, LocalDate date);

    /**
     * Stores the day's check-in, replacing the one there was (concurrent writers leave one row).
     * Stores nothing for a habit the owner does not have, e.g. one deleted since it was read.
     * Atomic by itself, so the core may call it alone outside a transaction
     * ({@link TransactionRunner#single}): the check-in and the habit's new tag are stored together
     * or not at all.
     */
    void save(UserId owner, CheckIn checkIn);

    /** Removes the day's check-in; false when there was none. */
    boolean remove(UserId owner, HabitId habit, LocalDate date);

    /** The habit's check-ins in {@code [from, to]}, by date. */
    List<CheckIn> between(UserId owner, HabitId habit, LocalDate from, LocalDate to);

    /**
     * The habit's whole history as days and statuses, by date: what streaks and completion read.
     * Only that much of each check-in, because stats read years of them on every request.
     */
    List<CheckInDay> daysOf(UserId owner, HabitId habit);

    /** The days and statuses of every check-in of the owner on or after {@code since}, by habit, each by date. */
    Map<HabitId, List<CheckInDay>> daysSince(UserId owner, LocalDate since);

    /** Every check-in of the owner, by habit, each list by date. */
    Map<HabitId, List<CheckIn>> historiesOf(UserId owner);

    /** A habit and its check-in on one day, or null for {@code checkIn} when the day has none. */
    record HabitOnDay(Habit habit, CheckIn checkIn) {
        public HabitOnDay {
            Objects.requireNonNull(habit, "habit");
            if (checkIn != null && !checkIn.habitId().equals(habit.id())) {
                throw new IllegalArgumentException("the check-in is of another habit");
            }
        }
    }
}
