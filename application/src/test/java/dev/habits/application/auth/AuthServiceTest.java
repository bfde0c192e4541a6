package dev.habits.application.auth;

import static dev.habits.application.fixtures.Refusals.assertRefused;
import static dev.habits.application.fixtures.TrackerStory.PASSWORD;
import static dev.habits.domain.shared.DomainException.Reason.CONFLICT;
import static dev.habits.domain.shared.DomainException.Reason.INVALID;
import static dev.habits.domain.shared.DomainException.Reason.UNAUTHENTICATED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.fixtures.TrackerStory;
import dev.habits.application.profile.SettingsChange;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.RefreshToken;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuthServiceTest {
    private final TrackerStory story = TrackerStory.at("2026-11-22T09:30:00Z");
    private final AuthService auth = story.tracker.auth();

    @Test
    void registeringOpensAnAccountWithANormalisedEmailAndSignsItIn() {
        SignedIn signedIn = auth.register(RegisterCommand.of("  Ada@Example.COM ", PASSWORD, " Ada ",
                new SettingsChange("Europe/Berlin", "SUNDAY", 4, "de-de", true)));

        User ada = signedIn.user();
        assertThat(ada.email().value()).isEqualTo("ada@example.com");
        assertThat(ada.displayName().value()).isEqualTo("Ada");
        assertThat(ada.settings().timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(ada.settings().locale()).isEqualTo("de-DE");
        assertThat(ada.passwordHash()).doesNotContain(PASSWORD);
        assertThat(signedIn.tokens().accessToken()).isNotBlank();
        assertThat(signedIn.tokens().refreshToken()).isNotBlank();
        assertThat(story.ports.events.of(DomainEvent.UserRegistered.class))
                .containsExactly(new DomainEvent.UserRegistered(ada.id(), story.ports.clock.instant()));
    }

    @Test
    void registeringWithATakenEmailIsAConflictOnEmailWhateverItsCase() {
        story.aUserSignedUp("ada@example.com");

        assertRefused(CONFLICT, () -> story.aUserSignedUp(" ADA@example.com"), "email");
    }

    @Test
    void registeringNamesEveryInvalidFieldAtOnce() {
        DomainException refused = assertRefused(INVALID, () -> RegisterCommand.of("not-an-email", "short", "A",
                        new SettingsChange("Mars/Olympus_Mons", "FUNDAY", 24, "!!", null)),
                "email", "password", "displayName", "settings.timeZone", "settings.weekStart",
                "settings.dayStartHour", "settings.locale");

        assertThat(refused.getMessage()).contains("7 invalid fields");
    }

    @Test
    void registeringWithACommonPasswordIsRefusedOnPassword() {
        assertRefused(INVALID, () -> RegisterCommand.of("ada@example.com", "Password123", "Ada", null), "password");
    }

    @Test
    void loggingInWithTheRightPasswordStartsANewSession() {
        SignedIn registered = story.aUserSignedUp("ada@example.com");

        SignedIn loggedIn = auth.login(" ADA@example.com ", PASSWORD);

        assertThat(loggedIn.user().id()).isEqualTo(registered.user().id());
        assertThat(loggedIn.tokens().refreshToken()).isNotEqualTo(registered.tokens().refreshToken());
    }

    @Test
    void anUnknownEmailAndAWrongPasswordAreRefusedAlike() {
        story.aUserSignedUp("ada@example.com");

        DomainException unknown = assertRefused(UNAUTHENTICATED, () -> auth.login("bob@example.com", PASSWORD));
        DomainException wrong = assertRefused(UNAUTHENTICATED, () -> auth.login("ada@example.com", "wrong password"));
        DomainException malformed = assertRefused(UNAUTHENTICATED, () -> auth.login("not an email", PASSWORD));

        assertThat(wrong.getMessage()).isEqualTo(unknown.getMessage()).isEqualTo(malformed.getMessage());
    }

    @Test
    void aPasswordIsNotCaseFoldedAtLogin() {
        story.aUserSignedUp("ada@example.com");

        assertRefused(UNAUTHENTICATED, () -> auth.login("ada@example.com", PASSWORD.toUpperCase()));
    }

    @Test
    void loggingInRehashesAPasswordWhoseHashIsOutdated() {
        User ada = story.aUserSignedUp("ada@example.com").user();
        story.ports.hasher.raiseCost("v2");

        auth.login("ada@example.com", PASSWORD);

        User stored = story.ports.users.byId(ada.id()).orElseThrow();
        assertThat(stored.passwordHash()).startsWith("fake$v2$").isNotEqualTo(ada.passwordHash());
        assertThat(stored.tokenGeneration()).as("a rehash revokes nothing").isEqualTo(ada.tokenGeneration());
        assertThat(auth.login("ada@example.com", PASSWORD).user().passwordHash()).isEqualTo(stored.passwordHash());
    }

    @Test
    void loggingInLeavesAnUpToDateHashAlone() {
        User ada = story.aUserSignedUp("ada@example.com").user();

        auth.login("ada@example.com", PASSWORD);

        assertThat(story.ports.users.byId(ada.id()).orElseThrow().passwordHash()).isEqualTo(ada.passwordHash());
    }

    @Test
    void refreshingRotatesTheTokenAndRefusesTheOldOne() {
        String first = story.aUserSignedUp("ada@example.com").tokens().refreshToken();

        Tokens second = auth.refresh(first);

        assertThat(second.refreshToken()).isNotEqualTo(first);
        assertThat(second.accessToken()).isNotBlank();
        assertRefused(UNAUTHENTICATED, () -> auth.refresh(first));
    }

    @Test
    void aRotatedTokenCanItselfBeRefreshed() {
        String first = story.aUserSignedUp("ada@example.com").tokens().refreshToken();
        String second = auth.refresh(first).refreshToken();

        assertThat(auth.refresh(second).refreshToken()).isNotEqualTo(second);
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeFamilyEvenItsNewestToken() {
        String first = story.aUserSignedUp("ada@example.com").tokens().refreshToken();
        String second = auth.refresh(first).refreshToken();
        String newest = auth.refresh(second).refreshToken();

        assertRefused(UNAUTHENTICATED, () -> auth.refresh(first));

        assertRefused(UNAUTHENTICATED, () -> auth.refresh(newest));
        assertThat(story.ports.refreshTokens.all()).allMatch(RefreshToken::revoked);
    }

    @Test
    void reusingARefreshTokenRevokesEveryAccessTokenTheUserHolds() {
        SignedIn signedUp = story.aUserSignedUp("ada@example.com");
        UserId ada = signedUp.user().id();
        int generation = signedUp.user().tokenGeneration();
        String first = signedUp.tokens().refreshToken();
        auth.refresh(first);

        assertRefused(UNAUTHENTICATED, () -> auth.refresh(first));

        assertRefused(UNAUTHENTICATED, () -> auth.authenticate(ada, generation));
        int signedInAgain = auth.login("ada@example.com", PASSWORD).user().tokenGeneration();
        assertThat(auth.authenticate(ada, signedInAgain).id()).isEqualTo(ada);
    }

    @Test
    void reusingARefreshTokenLeavesTheUsersOtherSessionsAlone() {
        String phone = story.aUserSignedUp("ada@example.com").tokens().refreshToken();
        String laptop = auth.login("ada@example.com", PASSWORD).tokens().refreshToken();
        auth.refresh(phone);

        assertRefused(UNAUTHENTICATED, () -> auth.refresh(phone));

        assertThat(auth.refresh(laptop).refreshToken()).isNotBlank();
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        String token = story.aUserSignedUp("ada@example.com").tokens().refreshToken();
        story.later(Duration.ofDays(30));

        assertRefused(UNAUTHENTICATED, () -> auth.refresh(token));
    }

    @Test
    void anUnknownRefreshTokenIsRefused() {
        assertRefused(UNAUTHENTICATED, () -> auth.refresh("no-such-token"));
        assertRefused(INVALID, () -> auth.refresh(" "), "refreshToken");
    }

    @Test
    void loggingOutRevokesTheTokenFamily() {
        String first = story.aUserSignedUp("ada@example.com").tokens().refreshToken();
        String current = auth.refresh(first).refreshToken();
        String otherSession = auth.login("ada@example.com", PASSWORD).tokens().refreshToken();

        auth.logout(current);

        assertRefused(UNAUTHENTICATED, () -> auth.refresh(current));
        assertThat(auth.refresh(otherSession).refreshToken()).isNotBlank();
    }

    @Test
    void loggingOutWithAnUnknownTokenIsHarmless() {
        auth.logout("no-such-token");

        assertThat(story.ports.refreshTokens.all()).isEmpty();
    }

    @Test
    void anAccessTokenOfTheCurrentGenerationAuthenticates() {
        User ada = story.aUserSignedUp("ada@example.com").user();

        assertThat(auth.authenticate(ada.id(), 0).id()).isEqualTo(ada.id());
        assertRefused(UNAUTHENTICATED, () -> auth.authenticate(ada.id(), 1));
    }
}
