package dev.habits.application.port;

import java.util.function.Supplier;

/** Runs a use case's work in one transaction: all of it is stored, or none. */
@FunctionalInterface
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work that only reads. By default in a transaction too; an adapter whose transactions
     * give reads nothing (READ COMMITTED sees each statement's own snapshot anyway) may run it as
     * it is and save the round trips of beginning and committing (the Jdbi adapter then reads
     * together with other requests on PostgreSQL).
     */
    default <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs work whose only write is one repository call of a kind the port makes atomic by itself
     * (such as {@link CheckIns#save}). By default in a transaction too; an adapter whose such calls
     * commit by themselves may run the work as it is and save the round trips of a transaction
     * (the Jdbi adapter then commits a check-in together with those of other requests).
     */
    default <T> T single(Supplier<T> work) {
        return inTransaction(work);
    }
}
