package dev.habits.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.auth.RegisterCommand;
import dev.habits.application.fixtures.InMemoryStore;
import dev.habits.application.fixtures.InMemoryUsers;
import dev.habits.application.fixtures.MutableClock;
import dev.habits.application.fixtures.TestPorts;
import dev.habits.application.port.Users;
import dev.habits.application.profile.ProfileChange;
import dev.habits.application.profile.SettingsChange;
import dev.habits.domain.checkin.CheckInStatus;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.DisplayName;
import dev.habits.domain.user.Email;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import dev.habits.domain.user.UserSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentUsersTest {
    private static final String PASSWORD = "correct horse battery";
    private static final Duration LIFETIME = Duration.ofSeconds(1);

    private final MutableClock clock = MutableClock.at("2026-11-22T10:30:00Z");

    @Test
    void aUserIsReadOnceWithinItsLifetimeAndAgainAfterIt() {
        CountingUsers users = new CountingUsers();
        UserId ada = users.aUser("ada@example.com");
        RecentUsers recent = new RecentUsers(users, clock, LIFETIME);

        recent.byId(ada);
        clock.advance(Duration.ofMillis(999));
        recent.byId(ada);
        assertThat(users.reads).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        recent.byId(ada);
        assertThat(users.reads).isEqualTo(2);
    }

    @Test
    void worksWithTheServersMicrosecondTickClock() {
        CountingUsers users = new CountingUsers();
        UserId ada = users.aUser("ada@example.com");
        // JDK 17's Clock.millis() divides by zero on a tick under a millisecond: the server's clock.
        RecentUsers recent = new RecentUsers(users, Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)), LIFETIME);

        assertThat(recent.byId(ada)).isPresent();
        assertThat(recent.byId(ada)).isPresent();
    }

    @Test
    void aZeroLifetimeReadsEveryTime() {
        CountingUsers users = new CountingUsers();
        UserId ada = users.aUser("ada@example.com");
        RecentUsers recent = new RecentUsers(users, clock, Duration.ZERO);

        recent.byId(ada);
        recent.byId(ada);

        assertThat(users.reads).isEqualTo(2);
    }

    @Test
    void eventsThatChangeTheUserForgetItAndOthersDoNot() {
        CountingUsers users = new CountingUsers();
        UserId ada = users.aUser("ada@example.com");
        RecentUsers recent = new RecentUsers(users, clock, LIFETIME);
        Instant now = clock.instant();
        HabitId read = new HabitId(new UUID(0, 7));

        recent.byId(ada);
        recent.heard(new DomainEvent.CheckInRecorded(ada, read, LocalDate.of(2026, 11, 22), CheckInStatus.DONE, now));
        recent.heard(new DomainEvent.HabitCreated(ada, read, now));
        recent.byId(ada);
        assertThat(users.reads).as("check-ins and habits leave the user as it was").isEqualTo(1);

        int expected = 1;
        for (DomainEvent change : new DomainEvent[] {new DomainEvent.ProfileChanged(ada, now),
                new DomainEvent.PasswordChanged(ada, now), new DomainEvent.TokensRevoked(ada, now),
                new DomainEvent.UserDeleted(ada, now)}) {
            recent.heard(change);
            recent.byId(ada);
            assertThat(users.reads).as(change.getClass().getSimpleName()).isEqualTo(++expected);
        }
    }

    @Test
    void aReadUnderWayWhenTheUserChangesIsNotRemembered() {
        CountingUsers users = new CountingUsers();
        UserId ada = users.aUser("ada@example.com");
        RecentUsers recent = new RecentUsers(users, clock, LIFETIME);
        // The change commits (and is heard) after the read fetched the old row, before it is kept.
        users.duringNextRead = () -> recent.forget(ada);

        recent.byId(ada);
        recent.byId(ada);

        assertThat(users.reads).as("the copy that may be older than the change was dropped").isEqualTo(2);
    }

    @Test
    void aClockSetBackMakesEveryCopyOld() {
        CountingUsers users = new CountingUsers();
        UserId ada = users.aUser("ada@example.com");
        RecentUsers recent = new RecentUsers(users, clock, LIFETIME);

        recent.byId(ada);
        clock.advance(Duration.ofMinutes(-5));
        recent.byId(ada);

        assertThat(users.reads).isEqualTo(2);
    }

    @Test
    void expiredCopiesAreSweptSoOnlyRecentlyActiveUsersStayInMemory() {
        CountingUsers users = new CountingUsers();
        RecentUsers recent = new RecentUsers(users, clock, LIFETIME);
        for (int i = 0; i < 100; i++) {
            recent.byId(users.aUser("user" + i + "@example.com"));
        }
        assertThat(recent.size()).isEqualTo(100);

        clock.advance(Duration.ofSeconds(2));
        recent.byId(users.aUser("late@example.com"));

        assertThat(recent.size()).isEqualTo(1);
    }

    @Test
    void noMoreThanTheBoundAreKeptHoweverLongTheLifetime() {
        CountingUsers users = new CountingUsers();
        RecentUsers recent = new RecentUsers(users, clock, Duration.ofHours(1));
        for (int i = 0; i <= RecentUsers.MAX_REMEMBERED; i++) {
            recent.byId(users.aUser("user" + i + "@example.com"));
        }

        assertThat(recent.size()).isEqualTo(RecentUsers.MAX_REMEMBERED);
    }

    @Test
    void onOneNodeEveryChangeIsSeenByTheVeryNextRequest() {
        TestPorts ports = new TestPorts(clock);
        HabitTracker tracker = HabitTracker.wire(ports.ports(), Duration.ofDays(30), LIFETIME);
        User ada = tracker.auth().register(RegisterCommand.of("ada@example.com", PASSWORD, "Ada", null)).user();
        int generation = ada.tokenGeneration();
        assertThat(tracker.auth().authenticate(ada.id(), generation)).isNotNull();
        assertThat(tracker.progress().today(ada.id()).date()).isEqualTo(LocalDate.of(2026, 11, 22));

        tracker.profile().update(ada.id(), new ProfileChange(null,
                new SettingsChange("Pacific/Kiritimati", null, null, null, null))); // UTC+14: 00:30 on Monday
        assertThat(tracker.progress().today(ada.id()).date()).isEqualTo(LocalDate.of(2026, 11, 23));

        tracker.profile().changePassword(ada.id(), PASSWORD, "another long passphrase");
        assertThatThrownBy(() -> tracker.auth().authenticate(ada.id(), generation))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aTokenNewerThanTheCopyMakesItBeReadAgain() {
        TestPorts ports = new TestPorts(clock);
        HabitTracker tracker = HabitTracker.wire(ports.ports(), Duration.ofDays(30), LIFETIME);
        User ada = tracker.auth().register(RegisterCommand.of("ada@example.com", PASSWORD, "Ada", null)).user();
        tracker.auth().authenticate(ada.id(), ada.tokenGeneration());

        // Another node revokes Ada's tokens and signs her in again: this node never heard of it.
        ports.users.update(ada.withTokensRevoked(clock.instant()));

        assertThat(tracker.auth().authenticate(ada.id(), ada.tokenGeneration() + 1).tokenGeneration())
                .isEqualTo(ada.tokenGeneration() + 1);
        assertThatThrownBy(() -> tracker.auth().authenticate(ada.id(), ada.tokenGeneration()))
                .as("and the old generation is refused from then on").isInstanceOf(DomainException.class);
    }

    /** Users in memory that count reads by id and can run something in the middle of the next one. */
    private static final class CountingUsers implements Users {
        private final InMemoryUsers users = new InMemoryUsers(new InMemoryStore());
        private final MutableClock created = MutableClock.at("2026-01-01T00:00:00Z");
        int reads;
        Runnable duringNextRead;

        UserId aUser(String email) {
            UserId id = new UserId(UUID.randomUUID());
            users.add(User.register(id, new Email(email), new DisplayName("Someone"), UserSettings.DEFAULTS, "hash",
                    created.instant()));
            return id;
        }

        @Override
        public Optional<User> byId(UserId id) {
            reads++;
            Optional<User> user = users.byId(id);
            if (duringNextRead != null) {
                Runnable change = duringNextRead;
                duringNextRead = null;
                change.run();
            }
            return user;
        }

        @Override
        public Optional<User> byEmail(Email email) {
            return users.byEmail(email);
        }

        @Override
        public void add(User user) {
            users.add(user);
        }

        @Override
        public void update(User user) {
            users.update(user);
        }

        @Override
        public void delete(UserId id) {
            users.delete(id);
        }
    }
}
