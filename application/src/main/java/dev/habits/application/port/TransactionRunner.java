package dev.habits.application.port;

import java.util.function.Supplier;

/** Runs a use case's work in one transaction: all of it is stored, or none. */
@FunctionalInterface
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);
}
