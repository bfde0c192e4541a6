package dev.habits.application.port;

import dev.habits.domain.event.DomainEvent;

/** Tells the world what happened, after the change is committed. */
@FunctionalInterface
public interface EventPublisher {
    void publish(DomainEvent event);

    /** A publisher that tells no one. */
    EventPublisher NONE = event -> { };
}
