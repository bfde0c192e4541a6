package dev.habits.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void eachKindOfRefusalCarriesItsReasonAndFields() {
        assertThat(DomainException.notFound("Habit").reason()).isEqualTo(DomainException.Reason.NOT_FOUND);
        assertThat(DomainException.notFound("Habit")).hasMessage("Habit not found");
        assertThat(DomainException.notFound("Habit").errors()).isEmpty();
        assertThat(DomainException.conflict("name", "taken").reason()).isEqualTo(DomainException.Reason.CONFLICT);
        assertThat(DomainException.conflict("name", "taken").errors()).containsExactly(new FieldError("name", "taken"));
        assertThat(DomainException.unauthenticated("no").reason()).isEqualTo(DomainException.Reason.UNAUTHENTICATED);
        assertThat(DomainException.forbidden("password", "wrong").reason()).isEqualTo(DomainException.Reason.FORBIDDEN);
        assertThat(DomainException.forbidden("password", "wrong").errors()).extracting(FieldError::field)
                .containsExactly("password");
    }

    @Test
    void anInvalidInputRefusalSaysWhichFieldOrHowMany() {
        assertThat(DomainException.invalid("email", "is required")).hasMessage("email: is required");
        assertThat(DomainException.invalid(List.of(new FieldError("a", "x"), new FieldError("b", "y"))))
                .hasMessage("Request has 2 invalid fields");
        assertThatThrownBy(() -> DomainException.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validationCollectsEveryFieldThenRefusesOnce() {
        Validation validation = new Validation();
        String ok = validation.check(() -> "fine");
        Object bad = validation.check(() -> {
            throw DomainException.invalid("name", "too short");
        });
        validation.reject("color", "not a colour");

        assertThat(ok).isEqualTo("fine");
        assertThat(bad).isNull();
        assertThat(validation.hasErrors()).isTrue();
        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name", "color"));
    }

    @Test
    void validationPassesOtherRefusalsThroughAtOnce() {
        Validation validation = new Validation();

        assertThatThrownBy(() -> validation.check(() -> {
            throw DomainException.conflict("name", "taken");
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT));
        assertThat(validation.hasErrors()).isFalse();
        validation.throwIfInvalid();
    }

    @Test
    void eventsSayWhoseDataTheyConcernAndWhen() {
        UserId ada = new UserId(new UUID(0, 1));
        HabitId read = new HabitId(new UUID(0, 2));
        Instant at = Instant.parse("2026-11-22T09:30:00Z");
        List<DomainEvent> events = List.of(new DomainEvent.UserRegistered(ada, at), new DomainEvent.UserDeleted(ada, at),
                new DomainEvent.ProfileChanged(ada, at), new DomainEvent.PasswordChanged(ada, at),
                new DomainEvent.TokensRevoked(ada, at),
                new DomainEvent.HabitCreated(ada, read, at), new DomainEvent.HabitArchived(ada, read, at),
                new DomainEvent.HabitDeleted(ada, read, at),
                new DomainEvent.CheckInRecorded(ada, read, LocalDate.of(2026, 11, 22),
                        CheckInStatus.DONE, at),
                new DomainEvent.CheckInRemoved(ada, read, LocalDate.of(2026, 11, 22), at));

        assertThat(events).allSatisfy(e -> {
            assertThat(e.userId()).isEqualTo(ada);
            assertThat(e.occurredAt()).isEqualTo(at);
        });
    }

    @Test
    void fieldErrorsNeedAFieldAndAMessage() {
        assertThatThrownBy(() -> new FieldError(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldError("x", null)).isInstanceOf(NullPointerException.class);
    }
}
