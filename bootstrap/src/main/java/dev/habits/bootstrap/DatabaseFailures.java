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
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQL state class 08: connection exception
            }
            if (t.getClass().getName().equals("org.jdbi.v3.core.ConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
