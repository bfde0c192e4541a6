package dev.habits.application;

import dev.habits.application.port.EventPublisher;
import dev.habits.application.port.TransactionRunner;
import dev.habits.domain.event.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one use case in one transaction and publishes the events it raised only once the
 * transaction has committed, so no one hears of a change that was rolled back.
 */
public final class UnitOfWork {
    private final TransactionRunner transactions;
    private final EventPublisher events;

    public UnitOfWork(TransactionRunner transactions, EventPublisher events) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Runs {@code work}, which may raise events through the consumer it is given. */
    public <T> T run(Function<Consumer<DomainEvent>, T> work) {
        return publishingAfter(transactions::inTransaction, work);
    }

    /**
     * Like {@link #run}, for work whose only write is one repository call that the port makes atomic
     * by itself (see {@link TransactionRunner#single}).
     */
    public <T> T single(Function<Consumer<DomainEvent>, T> work) {
        return publishingAfter(transactions::single, work);
    }

    /** Runs read-only work, as the transaction port sees fit for reads. */
    public <T> T read(Supplier<T> work) {
        return transactions.read(work);
    }

    private <T> T publishingAfter(Function<Supplier<T>, T> runner, Function<Consumer<DomainEvent>, T> work) {
        List<DomainEvent> raised = new ArrayList<>();
        T result = runner.apply(() -> {
            raised.clear(); // a retried transaction raises its events anew
            return work.apply(raised::add);
        });
        raised.forEach(events::publish);
        return result;
    }
}
