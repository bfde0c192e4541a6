package dev.habits.archfixture.domain.b;

import dev.habits.archfixture.domain.a.Streak;

/** The other half of a package cycle: b → a. */
public final class Week {
    public Streak streak() {
        return null;
    }
}
