package dev.habits.archfixture.persistence;

/** A persistence fixture for the HTTP fixture to reach into. */
public final class HabitRows {
    @Override
    public String toString() {
        return "rows";
    }
}
