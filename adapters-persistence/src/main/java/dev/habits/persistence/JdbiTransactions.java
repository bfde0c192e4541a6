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
    private final boolean singleStatements;

    /** {@code singleStatements}: the atomic writes are one statement each (PostgreSQL; see {@link #single}). */
    JdbiTransactions(Jdbi jdbi, boolean singleStatements) {
        this.jdbi = jdbi;
        this.singleStatements = singleStatements;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }

    /**
     * Reads on one handle in auto-commit. Both databases run at READ COMMITTED, where a transaction
     * gives a series of reads no common snapshot, so it would only cost a commit per use case;
     * repository calls inside still share the one connection, as they do in a transaction.
     */
    @Override
    public <T> T read(Supplier<T> work) {
        return jdbi.withHandle(handle -> work.get());
    }

    /**
     * On PostgreSQL on one handle in auto-commit, where such a call is one statement (see
     * {@link JdbiCheckIns#save}): no {@code COMMIT} round trip. On H2, where such a call writes
     * several statements, in a transaction as before.
     */
    @Override
    public <T> T single(Supplier<T> work) {
        return singleStatements ? jdbi.withHandle(handle -> work.get()) : inTransaction(work);
    }
}
