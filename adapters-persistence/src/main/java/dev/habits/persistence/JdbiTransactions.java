package dev.habits.persistence;

import dev.habits.application.port.TransactionRunner;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * One use case, one transaction. Jdbi binds the transaction's handle to the thread, so every
 * repository call the work makes (through {@code withHandle}) runs in it; a nested call joins too.
 */
final class JdbiTransactions implements TransactionRunner {
    private final Jdbi jdbi;

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    /**
     * Reads in auto-commit, with no handle of its own: each repository call takes a connection for
     * its statement. Both databases run at READ COMMITTED, where a transaction gives a series of
     * reads no common snapshot, so it would only cost a commit per use case. Without a handle on
     * the thread, PostgreSQL reads go together with those of other requests ({@link ReadTogether}),
     * and a request waiting for its batch holds no connection.
     */
    @Override
    public <T> T read(Supplier<T> work) {
        return work.get();
    }

    /**
     * With no handle of its own: the one call makes itself atomic and takes a connection only when
     * it writes. {@link JdbiCheckIns#save} then commits together with the saves of other requests
     * that arrive meanwhile, and a request waiting for that commit holds no connection.
     */
    @Override
    public <T> T single(Supplier<T> work) {
        return work.get();
    }
}
