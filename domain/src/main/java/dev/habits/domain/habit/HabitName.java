package dev.habits.domain.habit;

import dev.habits.domain.shared.Text;
import java.util.Locale;

/** A habit's name: 2 to 60 characters, unique per user among active habits whatever its case. */
public record HabitName(String value) {
    public HabitName {
        value = Text.required("name", value, 2, 60);
    }

    /** The form two names are compared in: "Read" and "READ" are the same habit. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(HabitName other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
