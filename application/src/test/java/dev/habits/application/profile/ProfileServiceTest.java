package dev.habits.application.profile;

import static dev.habits.application.fixtures.Refusals.assertRefused;
import static dev.habits.application.fixtures.TrackerStory.PASSWORD;
import static dev.habits.application.fixtures.TrackerStory.day;
import static dev.habits.application.fixtures.TrackerStory.onWeekdays;
import static dev.habits.domain.shared.DomainException.Reason.FORBIDDEN;
import static dev.habits.domain.shared.DomainException.Reason.INVALID;
import static dev.habits.domain.shared.DomainException.Reason.UNAUTHENTICATED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.application.auth.AuthService;
import dev.habits.domain.user.RefreshToken;
import dev.habits.application.auth.SignedIn;
import dev.habits.application.fixtures.TrackerStory;
import dev.habits.application.port.HabitFilter;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.time.DayOfWeek;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {
    private static final String NEW_PASSWORD = "a brand new secret";

    private final TrackerStory story = TrackerStory.at("2026-11-22T09:30:00Z");
    private final AuthService auth = story.tracker.auth();
    private final ProfileService profile = story.tracker.profile();

    @Test
    void aProfileChangeTouchesOnlyTheFieldsItNames() {
        UserId ada = story.aUserSignedUp("ada@example.com").user().id();

        User changed = profile.update(ada, new ProfileChange(null,
                new SettingsChange("Pacific/Kiritimati", "SUNDAY", null, null, null)));

        assertThat(changed.displayName().value()).isEqualTo("User ada@example.com");
        assertThat(changed.settings().timeZone()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
        assertThat(changed.settings().weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(changed.settings().locale()).isEqualTo("en-US");
    }

    @Test
    void aProfileChangeNamesEveryInvalidField() {
        UserId ada = story.aUser();

        assertRefused(INVALID, () -> profile.update(ada, new ProfileChange("x",
                new SettingsChange("+02:00", null, -1, null, null))),
                "displayName", "settings.timeZone", "settings.dayStartHour");
    }

    @Test
    void changingThePasswordWithAWrongCurrentPasswordIsForbiddenOnCurrentPassword() {
        UserId ada = story.aUser();

        assertRefused(FORBIDDEN, () -> profile.changePassword(ada, "not my password", NEW_PASSWORD),
                "currentPassword");
    }

    @Test
    void aNewPasswordMustFollowThePolicy() {
        UserId ada = story.aUser();

        assertRefused(INVALID, () -> profile.changePassword(ada, PASSWORD, "12345678"), "newPassword");
    }

    @Test
    void changingThePasswordRevokesEveryTokenIssuedBefore() {
        SignedIn phone = story.aUserSignedUp("ada@example.com");
        SignedIn laptop = auth.login("ada@example.com", PASSWORD);
        UserId ada = phone.user().id();

        profile.changePassword(ada, PASSWORD, NEW_PASSWORD);

        assertRefused(UNAUTHENTICATED, () -> auth.refresh(phone.tokens().refreshToken()));
        assertRefused(UNAUTHENTICATED, () -> auth.refresh(laptop.tokens().refreshToken()));
        assertThat(story.ports.refreshTokens.all()).allMatch(RefreshToken::revoked);
        assertRefused(UNAUTHENTICATED, () -> auth.authenticate(ada, phone.user().tokenGeneration()));
    }

    @Test
    void afterAPasswordChangeOnlyTheNewPasswordSignsIn() {
        UserId ada = story.aUserSignedUp("ada@example.com").user().id();

        profile.changePassword(ada, PASSWORD, NEW_PASSWORD);

        assertRefused(UNAUTHENTICATED, () -> auth.login("ada@example.com", PASSWORD));
        SignedIn again = auth.login("ada@example.com", NEW_PASSWORD);
        assertThat(auth.authenticate(ada, again.user().tokenGeneration()).id()).isEqualTo(ada);
        assertThat(auth.refresh(again.tokens().refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void deletingTheAccountWithAWrongPasswordIsForbidden() {
        UserId ada = story.aUser();

        assertRefused(FORBIDDEN, () -> profile.delete(ada, "not my password"), "password");
        assertThat(profile.me(ada).id()).isEqualTo(ada);
    }

    @Test
    void deletingTheAccountRemovesAllItsDataAndItsTokensStopWorking() {
        SignedIn signedIn = story.aUserSignedUp("ada@example.com");
        UserId ada = signedIn.user().id();
        Habit read = story.aHabit(ada, "Read", null, day("2026-11-01"));
        story.done(ada, read, day("2026-11-20"), day("2026-11-21"));
        UserId bob = story.aUser();
        Habit bobs = story.aDailyHabit(bob, "Walk");
        story.done(bob, bobs, day("2026-11-22"));

        profile.delete(ada, PASSWORD);

        assertThat(story.ports.users.byId(ada)).isEmpty();
        assertThat(story.ports.habits.byId(ada, read.id())).isEmpty();
        assertThat(story.ports.checkIns.historiesOf(ada)).isEmpty();
        assertThat(story.ports.refreshTokens.all()).noneMatch(t -> t.userId().equals(ada));
        assertRefused(UNAUTHENTICATED, () -> auth.authenticate(ada, 0));
        assertRefused(UNAUTHENTICATED, () -> auth.refresh(signedIn.tokens().refreshToken()));
        assertRefused(UNAUTHENTICATED, () -> auth.login("ada@example.com", PASSWORD));
        assertThat(story.ports.events.of(DomainEvent.UserDeleted.class)).extracting(DomainEvent::userId)
                .containsExactly(ada);
        assertThat(story.ports.checkIns.daysOf(bob, bobs.id())).as("another user's data stays").hasSize(1);
    }

    @Test
    void aDeletedAccountsEmailMayRegisterAgain() {
        UserId ada = story.aUserSignedUp("ada@example.com").user().id();
        profile.delete(ada, PASSWORD);

        assertThat(story.aUserSignedUp("ada@example.com").user().id()).isNotEqualTo(ada);
    }

    @Test
    void theExportHoldsEveryHabitArchivedOnesTooWithTheirCheckIns() {
        UserId ada = story.aUser();
        Habit read = story.aHabit(ada, "Read", null, day("2026-11-01"));
        Habit gym = story.aHabit(ada, "Gym", onWeekdays("MONDAY"), day("2026-11-01"));
        story.done(ada, read, day("2026-11-20"), day("2026-11-21"))
                .done(ada, gym, day("2026-11-16"))
                .skipped(ada, gym, day("2026-11-09"));
        story.tracker.habits().archive(ada, gym.id());
        Habit untouched = story.aDailyHabit(ada, "Stretch");

        Export export = profile.export(ada);

        assertThat(export.user().id()).isEqualTo(ada);
        assertThat(export.habits()).extracting(r -> r.habit().name().value())
                .containsExactlyInAnyOrder("Read", "Gym", "Stretch");
        assertThat(recordOf(export, gym).habit().archived()).isTrue();
        assertThat(recordOf(export, gym).checkIns()).extracting(CheckIn::date)
                .containsExactly(day("2026-11-09"), day("2026-11-16"));
        assertThat(recordOf(export, read).checkIns()).hasSize(2);
        assertThat(recordOf(export, untouched).checkIns()).isEmpty();
    }

    private static Export.HabitRecord recordOf(Export export, Habit habit) {
        return export.habits().stream().filter(r -> r.habit().id().equals(habit.id())).findFirst().orElseThrow();
    }

    @Test
    void theExportHoldsOnlyTheUsersOwnHabits() {
        UserId ada = story.aUser();
        UserId bob = story.aUser();
        story.aDailyHabit(bob, "Walk");

        assertThat(profile.export(ada).habits()).isEmpty();
        assertThat(story.tracker.habits().list(bob, HabitFilter.ALL)).hasSize(1);
    }
}
