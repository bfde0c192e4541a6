package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.domain.habit.Habit;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.shared.FieldError;
import dev.habits.domain.user.DisplayName;
import dev.habits.domain.user.Email;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import dev.habits.domain.user.UserSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link dev.habits.application.port.Users} over our schema must do, on each database. */
abstract class UsersContract extends DatabaseContract {

    @Test
    void aStoredUserIsFoundByIdAndByEmailWithEverySetting() {
        UUID id = UUID.randomUUID();
        UserSettings settings = new UserSettings(ZoneId.of("Europe/Berlin"), DayOfWeek.SUNDAY, 4, "de-DE", true);
        User user = new User(new UserId(id), new Email("Ada-" + id + "@Example.com"), new DisplayName("Ada Lovelace"),
                settings, "argon2$hash", 3, NOW, NOW.plus(Duration.ofMinutes(5)));

        db.users().add(user);

        assertThat(db.users().byId(user.id())).contains(user);
        assertThat(db.users().byEmail(new Email("ADA-" + id + "@example.COM"))).contains(user);
    }

    @Test
    void anUnknownIdOrEmailFindsNobody() {
        aUser();

        assertThat(db.users().byId(new UserId(UUID.randomUUID()))).isEmpty();
        assertThat(db.users().byEmail(new Email("nobody-" + UUID.randomUUID() + "@example.com"))).isEmpty();
    }

    @Test
    void aSecondAccountWithTheSameEmailIsAConflictOnEmail() {
        User first = aUser();
        User second = User.register(new UserId(UUID.randomUUID()), new Email(first.email().value().toUpperCase(java.util.Locale.ROOT)),
                new DisplayName("Impostor"), UserSettings.DEFAULTS, "hash", NOW);

        assertThatThrownBy(() -> db.users().add(second))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DomainException.Reason.CONFLICT);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("email");
                });
        assertThat(db.users().byId(second.id())).isEmpty();
    }

    @Test
    void anUpdateStoresTheNewProfileAndPassword() {
        User user = aUser();
        User changed = user.withProfile(new DisplayName("Grace"), user.settings().withDayStartHour(3),
                        NOW.plusSeconds(60))
                .withPassword("new-hash", NOW.plusSeconds(120));

        db.users().update(changed);

        assertThat(db.users().byId(user.id())).contains(changed);
        assertThat(changed.tokenGeneration()).isEqualTo(1);
    }

    @Test
    void deletingAUserDeletesTheirHabitsCheckInsAndRefreshTokensButNoOneElses() {
        User leaving = aUser();
        User staying = aUser();
        Habit leavingHabit = aHabit(leaving, "Read");
        Habit stayingHabit = aHabit(staying, "Read");
        db.checkIns().save(leaving.id(), done(leavingHabit, TODAY));
        db.checkIns().save(staying.id(), done(stayingHabit, TODAY));
        var leavingToken = aToken(leaving, UUID.randomUUID());
        var stayingToken = aToken(staying, UUID.randomUUID());

        db.users().delete(leaving.id());

        assertThat(db.users().byId(leaving.id())).isEmpty();
        assertThat(db.habits().byId(leaving.id(), leavingHabit.id())).isEmpty();
        assertThat(db.checkIns().historiesOf(leaving.id())).isEmpty();
        assertThat(db.refreshTokens().byHash(leavingToken.tokenHash())).isEmpty();
        assertThat(db.users().byId(staying.id())).isPresent();
        assertThat(db.checkIns().daysOf(staying.id(), stayingHabit.id())).hasSize(1);
        assertThat(db.refreshTokens().byHash(stayingToken.tokenHash())).isPresent();
    }

    @Test
    void callsInsideATransactionSeeTheirOwnWritesAndAFailureUndoesThemAll() {
        User kept = aUser();
        User undone = User.register(new UserId(UUID.randomUUID()), new Email("undone-" + UUID.randomUUID()
                + "@example.com"), new DisplayName("Undone"), UserSettings.DEFAULTS, "hash", NOW);

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            db.users().add(undone);
            db.users().update(kept.withPassword("other", NOW.plusSeconds(1)));
            assertThat(db.users().byId(undone.id())).isPresent();
            throw new IllegalStateException("the use case fails half-way");
        })).hasMessage("the use case fails half-way");

        assertThat(db.users().byId(undone.id())).isEmpty();
        assertThat(db.users().byId(kept.id())).contains(kept);
    }

    @Test
    void aConflictInsideATransactionRollsItBackAndLeavesTheDatabaseUsable() {
        User existing = aUser();
        User other = aUser();

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            db.users().update(other.withProfile(new DisplayName("Renamed"), other.settings(), NOW));
            db.users().add(User.register(new UserId(UUID.randomUUID()), existing.email(), new DisplayName("Copy"),
                    UserSettings.DEFAULTS, "hash", NOW));
            return null;
        })).isInstanceOf(DomainException.class);

        assertThat(db.users().byId(other.id())).contains(other);
        assertThat(db.transactions().inTransaction(() -> db.users().byId(existing.id()))).contains(existing);
    }
}
