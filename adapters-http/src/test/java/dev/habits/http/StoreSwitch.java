package dev.habits.http;

import dev.habits.application.HabitTracker;
import java.util.function.UnaryOperator;

/**
 * Where the HTTP suite keeps its data. In-memory by default; the system property
 * {@code habits.test.store} names a class (with a no-argument constructor) that swaps in real
 * repositories, so that the bootstrap module can run this very suite against PostgreSQL without
 * this adapter knowing the persistence adapter.
 */
public interface StoreSwitch extends UnaryOperator<HabitTracker.Ports>, AutoCloseable {
    /** The system property naming the store class. */
    String PROPERTY = "habits.test.store";

    @Override
    void close();

    static StoreSwitch fromSystemProperty() {
        String name = System.getProperty(PROPERTY);
        if (name == null || name.isBlank()) {
            return new InMemory();
        }
        try {
            return (StoreSwitch) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the test store " + name, e);
        }
    }

    /** The fixtures' in-memory ports, as they are. */
    final class InMemory implements StoreSwitch {
        @Override
        public HabitTracker.Ports apply(HabitTracker.Ports ports) {
            return ports;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
