package dev.habits.domain.shared;

import java.util.List;
import java.util.Objects;

/**
 * The one exception the core throws for a refused request. The {@link Reason} says what kind of
 * refusal it is (the HTTP adapter maps it to a status); field errors name every offending field.
 */
public final class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is. */
    public enum Reason { INVALID, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN }

    private final Reason reason;
    private final transient List<FieldError> errors;

    private DomainException(Reason reason, String message, List<FieldError> errors) {
        super(message, null, false, false); // refusals are expected: no stack trace to pay for
        this.reason = Objects.requireNonNull(reason);
        this.errors = List.copyOf(errors);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static DomainException invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input refusal names at least one field");
        }
        String message = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : "Request has " + errors.size() + " invalid fields";
        return new DomainException(Reason.INVALID, message, errors);
    }

    public static DomainException notFound(String what) {
        return new DomainException(Reason.NOT_FOUND, what + " not found", List.of());
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(Reason.CONFLICT, message, List.of(new FieldError(field, message)));
    }

    public static DomainException unauthenticated(String message) {
        return new DomainException(Reason.UNAUTHENTICATED, message, List.of());
    }

    public static DomainException forbidden(String field, String message) {
        return new DomainException(Reason.FORBIDDEN, message, List.of(new FieldError(field, message)));
    }

    public Reason reason() {
        return reason;
    }

    /** The offending fields; empty when the refusal is not about a particular field. */
    public List<FieldError> errors() {
        return errors;
    }
}
