package dev.habits.archfixture.http;

import dev.habits.archfixture.persistence.HabitRows;
import java.sql.Connection;

/** Breaks "adapters do not know each other" and "database libraries stay in the persistence adapter". */
public final class HabitRoute {
    private final HabitRows rows = new HabitRows();

    public Connection connection() {
        return null;
    }

    @Override
    public String toString() {
        return rows.toString();
    }
}
