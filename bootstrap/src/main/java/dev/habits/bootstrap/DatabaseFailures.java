package dev.habits.bootstrap;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

/**
 * Tells a database outage from a bug: an outage is answered 503 (try again), a bug 500. The HTTP
 * adapter cannot know persistence's exception types, so the wiring decides.
 */
final class DatabaseFailures implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isOutage(sql.getSQLState())) {
                return true;
            }
            if (t.getClass().getName().equals("org.jdbi.v3.core.ConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL state class 08 (connection exception), and PostgreSQL's 57P01 to 57P03: the server is
     * shutting down (an administrator's stop ends running statements with 57P01), crashed, or
     * still starting.
     */
    private static boolean isOutage(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
