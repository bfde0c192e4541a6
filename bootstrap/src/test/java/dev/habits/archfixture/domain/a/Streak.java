package dev.habits.archfixture.domain.a;

import dev.habits.archfixture.domain.b.Week;

/** One half of a package cycle: a → b. */
public final class Streak {
    private final Week week = new Week();

    @Override
    public String toString() {
        return week.getClass().getSimpleName();
    }
}
