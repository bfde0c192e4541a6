package dev.habits.application.port;

import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.habit.HabitName;
import dev.habits.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Where a user's habits are kept. Every method is scoped to one user: another's habit is never seen. */
public interface Habits {
    Optional<Habit> byId(UserId owner, HabitId id);

    /** The owner's habits by position, then newest first. */
    List<Habit> of(UserId owner, HabitFilter filter);

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
}
