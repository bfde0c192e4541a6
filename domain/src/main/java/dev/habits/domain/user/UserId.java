package dev.habits.domain.user;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
