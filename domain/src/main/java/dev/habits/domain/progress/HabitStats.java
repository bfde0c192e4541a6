package dev.habits.domain.progress;

import java.time.LocalDate;
import java.util.Objects;

/** A habit's progress over a period: streaks over its whole history, counts within the period. */
public record HabitStats(Streaks streaks, Completion completion, LocalDate from, LocalDate to) {
    public HabitStats {
        Objects.requireNonNull(streaks, "streaks");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
