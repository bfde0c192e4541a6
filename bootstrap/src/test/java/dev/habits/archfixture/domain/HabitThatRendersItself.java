package dev.habits.archfixture.domain;

import dev.habits.archfixture.http.HabitRoute;

/** Breaks "domain depends on the JDK only" and "the core knows no adapter". */
public final class HabitThatRendersItself {
    private final HabitRoute route = new HabitRoute();

    @Override
    public String toString() {
        return route.toString();
    }
}
