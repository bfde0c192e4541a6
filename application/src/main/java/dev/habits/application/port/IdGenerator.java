package dev.habits.application.port;

import java.util.UUID;

/** Makes new identifiers. */
@FunctionalInterface
public interface IdGenerator {
    UUID newId();
}
