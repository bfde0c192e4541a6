package dev.habits.http.habit;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.http.json.Json;
import dev.habits.http.support.BoundedCopies;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each habit's JSON, written once for as long as the habit stays equal. The list and the today view
 * send the same twenty habits again and again, and building each one's view and serializing it
 * was over a quarter of the list's CPU. A habit is an immutable value, so its JSON depends on
 * nothing else: a copy written for an equal habit is that habit's JSON. The persistence adapter
 * hands out the same instance while a row is unchanged, which makes the check an identity test.
 * Bounded like {@link BoundedCopies}.
 */
public final class WrittenHabits {
    /** About 20 habits for each of 1,000 users; a habit's JSON takes well under a kilobyte. */
    public static final int DEFAULT_MAX = 20_000;

    private record Written(Habit habit, RawValue json) {
    }

    private final Json json;
    private final int max;
    private final ConcurrentHashMap<HabitId, Written> byId = new ConcurrentHashMap<>();

    public WrittenHabits(Json json, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative: " + max);
        }
        this.json = json;
        this.max = max;
    }

    /** The habit as clients see it, ready to be embedded in a response as it is. */
    public RawValue of(Habit habit) {
        Written written = byId.get(habit.id());
        if (written != null && (written.habit() == habit || written.habit().equals(habit))) {
            return written.json();
        }
        RawValue value = json.raw(HabitView.of(habit));
        BoundedCopies.keep(byId, habit.id(), new Written(habit, value), max);
        return value;
    }

    int size() {
        return byId.size();
    }

}
