package dev.habits.domain.shared;

import java.util.Objects;

/** One refused input field: its dotted path as the client sent it, and why it was refused. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
