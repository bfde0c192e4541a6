package dev.habits.domain.progress;

import java.util.Objects;

/** A habit's current and longest streak, in the unit its schedule counts. */
public record Streaks(int current, int longest, StreakUnit unit) {
    public Streaks {
        Objects.requireNonNull(unit, "unit");
        if (current < 0 || longest < current) {
            throw new IllegalArgumentException("need 0 <= current <= longest, got " + current + ", " + longest);
        }
    }
}
