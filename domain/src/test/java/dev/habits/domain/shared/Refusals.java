package dev.habits.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that the core refuses something as invalid input, naming the offending field. */
public final class Refusals {
    private Refusals() {
    }

    public static void assertRefusedAsInvalid(String field, ThrowingCallable attempt) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.reason()).isEqualTo(DomainException.Reason.INVALID);
            assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
        });
    }
}
