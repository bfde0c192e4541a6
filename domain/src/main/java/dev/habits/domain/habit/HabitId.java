package dev.habits.domain.habit;

import java.util.Objects;
import java.util.UUID;

/** Identifies a habit. */
public record HabitId(UUID value) {
    public HabitId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
