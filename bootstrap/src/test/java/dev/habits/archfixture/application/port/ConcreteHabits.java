package dev.habits.archfixture.application.port;

/** Breaks "ports are interfaces owned by the application": a port that is a class. */
public class ConcreteHabits {
    public int count() {
        return 0;
    }
}
