package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.auth.RegisterCommand;
import dev.habits.application.auth.SignedIn;
import dev.habits.application.auth.Tokens;
import dev.habits.application.habit.HabitDraft;
import dev.habits.application.port.HabitFilter;
import dev.habits.application.profile.ProfileChange;
import dev.habits.application.profile.SettingsChange;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.Email;
import dev.habits.domain.user.User;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Registration, sign-in, tokens and the account's life, end to end over H2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountUseCasesOnH2Test {
    private TestDatabase testDatabase;
    private CoreOverDatabase app;

    @BeforeAll
    void open() {
        testDatabase = TestDatabase.h2();
        app = new CoreOverDatabase(testDatabase.database());
    }

    @AfterAll
    void close() {
        testDatabase.close();
    }

    @Test
    void aRegisteredUserCanSignInWithTheirPassword() {
        String email = CoreOverDatabase.anEmail();
        SignedIn registered = app.register(email);

        SignedIn signedIn = app.core.auth().login(email.toUpperCase(java.util.Locale.ROOT), CoreOverDatabase.PASSWORD);

        assertThat(signedIn.user()).isEqualTo(registered.user());
        assertThat(app.events.of(DomainEvent.UserRegistered.class))
                .anySatisfy(e -> assertThat(e.userId()).isEqualTo(registered.user().id()));
        assertThatThrownBy(() -> app.core.auth().login(email, "wrong password!"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.UNAUTHENTICATED));
    }

    @Test
    void registeringATakenEmailIsAConflict() {
        String email = CoreOverDatabase.anEmail();
        app.register(email);

        assertThatThrownBy(() -> app.register(email))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT));
    }

    @Test
    void aRefreshRotatesTheTokenAndReusingTheOldOneRevokesTheWholeSignIn() {
        SignedIn signedIn = app.aSignedInUser();
        String first = signedIn.tokens().refreshToken();

        Tokens rotated = app.core.auth().refresh(first);
        assertThat(rotated.refreshToken()).isNotEqualTo(first);

        assertThatThrownBy(() -> app.core.auth().refresh(first)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> app.core.auth().refresh(rotated.refreshToken()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.reason()).isEqualTo(DomainException.Reason.UNAUTHENTICATED));
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        SignedIn signedIn = app.aSignedInUser();
        app.clock.advance(Duration.ofDays(31));
        try {
            assertThatThrownBy(() -> app.core.auth().refresh(signedIn.tokens().refreshToken()))
                    .isInstanceOf(DomainException.class);
        } finally {
            app.clock.advance(Duration.ofDays(-31));
        }
    }

    @Test
    void changingThePasswordRevokesEveryRefreshTokenAndOldAccessTokens() {
        SignedIn signedIn = app.aSignedInUser();
        User user = signedIn.user();

        app.core.profile().changePassword(user.id(), CoreOverDatabase.PASSWORD, "a brand new secret");

        assertThatThrownBy(() -> app.core.auth().refresh(signedIn.tokens().refreshToken()))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> app.core.auth().authenticate(user.id(), user.tokenGeneration()))
                .isInstanceOf(DomainException.class);
        assertThat(app.core.auth().login(user.email().value(), "a brand new secret").user().tokenGeneration())
                .isEqualTo(1);
    }

    @Test
    void theProfileAndSettingsAreStored() {
        User user = app.aSignedInUser().user();

        app.core.profile().update(user.id(), new ProfileChange("New Name",
                new SettingsChange("Europe/Berlin", "SUNDAY", 4, "de-DE", true)));

        User stored = app.core.profile().me(user.id());
        assertThat(stored.displayName().value()).isEqualTo("New Name");
        assertThat(stored.settings().timeZone().getId()).isEqualTo("Europe/Berlin");
        assertThat(stored.settings().dayStartHour()).isEqualTo(4);
    }

    @Test
    void deletingTheAccountDeletesEverythingOfIt() {
        User user = app.aSignedInUser().user();
        var habit = app.core.habits().create(user.id(), HabitDraft.of("Read", null, null, null, null));
        app.core.checkIns().record(user.id(), habit.id(), LocalDate.parse("2026-11-22"), CheckInStatus.DONE, "");

        app.core.profile().delete(user.id(), CoreOverDatabase.PASSWORD);

        assertThat(app.db.users().byId(user.id())).isEmpty();
        assertThat(app.db.habits().of(user.id(), HabitFilter.ALL)).isEmpty();
        assertThat(app.db.checkIns().historiesOf(user.id())).isEmpty();
        assertThatThrownBy(() -> app.core.auth().login(user.email().value(), CoreOverDatabase.PASSWORD))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aUseCaseThatFailsAfterWritingLeavesNothingHalfWritten() {
        String email = CoreOverDatabase.anEmail();
        int eventsBefore = app.events.published().size();
        app.failTokenIssuing(true);
        try {
            // Registration stores the user and a refresh token, then fails to sign the access token.
            assertThatThrownBy(() -> app.core.auth().register(
                    RegisterCommand.of(email, CoreOverDatabase.PASSWORD, "Half", null)))
                    .hasMessageContaining("token signing is down");
        } finally {
            app.failTokenIssuing(false);
        }

        assertThat(app.db.users().byEmail(new Email(email))).isEmpty();
        assertThat(app.events.published()).hasSize(eventsBefore);
        assertThat(app.register(email).user().email().value()).isEqualTo(email);
    }
}
