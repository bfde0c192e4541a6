package dev.habits.archfixture.domain;

/** Breaks "domain objects are immutable". */
public class MutableHabit {
    private String name = "Read";

    public void rename(String newName) {
        name = newName;
    }

    @Override
    public String toString() {
        return name;
    }
}
