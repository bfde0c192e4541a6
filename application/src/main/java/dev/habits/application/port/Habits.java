package dev.habits.application.port;

import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.user.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Where a user's habits are kept. Every method is scoped to one user: another's habit is never seen. */
public interface Habits {
    Optional<Habit> byId(UserId owner, HabitId id);

    /** The owner's habits by position, then newest first. */
    List<Habit> of(UserId owner, HabitFilter filter);

    /**
     * As {@link #byId}, with the tag of the habit's check-in history (see {@link Tagged}). A
     * store that keeps no tags need not override this: its habits come untagged.
     */
    default Optional<Tagged> taggedById(UserId owner, HabitId id) {
        return byId(owner, id).map(Tagged::untagged);
    }

    /** As {@link #of}, each with the tag of its check-in history, like {@link #taggedById}. */
    default List<Tagged> tagged(UserId owner, HabitFilter filter) {
        return of(owner, filter).stream().map(Tagged::untagged).toList();
    }

    /** Whether an active habit other than {@code except} (may be null) has this name, whatever its case. */
    boolean activeNameTaken(UserId owner, HabitName name, HabitId except);

    /** One past the highest position among the owner's active habits (0 when there are none). */
    int nextPosition(UserId owner);

    /** Adds a habit; refuses with a conflict on {@code name} when an active habit has its name. */
    void add(Habit habit);

    /** Saves a changed habit; refuses with a conflict on {@code name} like {@link #add}. */
    void update(Habit habit);

    /** Removes the habit and its check-ins. */
    void delete(UserId owner, HabitId id);

    /**
     * A habit with the tag of its check-in history as the store had it. Every change to the habit's
     * check-ins gives it a new tag, so days read under a tag are the habit's days for as long as it
     * keeps that tag, on every node: a node can keep them instead of reading years of check-ins again.
     */
    record Tagged(Habit habit, long historyTag) {
        /** The tag of a store that keeps none: its histories are read every time. */
        public static final long UNTAGGED = Long.MIN_VALUE;

        public Tagged {
            Objects.requireNonNull(habit, "habit");
        }

        public static Tagged untagged(Habit habit) {
            return new Tagged(habit, UNTAGGED);
        }

        public boolean tagged() {
            return historyTag != UNTAGGED;
        }
    }
}
