package dev.habits.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the field errors of several value constructions so a request is refused once,
 * naming every offending field rather than only the first.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    /** Builds a value; on an invalid-input refusal records its fields and returns null. */
    public <T> T check(Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            if (e.reason() != DomainException.Reason.INVALID) {
                throw e;
            }
            errors.addAll(e.errors());
            return null;
        }
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws one refusal naming every recorded field, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
