package dev.habits.persistence;

import dev.habits.application.HabitTracker;
import dev.habits.application.auth.RegisterCommand;
import dev.habits.application.auth.SignedIn;
import dev.habits.application.fixtures.FakeAccessTokens;
import dev.habits.application.fixtures.FakePasswordHasher;
import dev.habits.application.fixtures.MutableClock;
import dev.habits.application.fixtures.RecordingEvents;
import dev.habits.application.port.AccessTokenIssuer;
import java.time.Duration;
import java.util.UUID;

/**
 * The application's use cases wired over the Jdbi adapters, with the application's test doubles for
 * everything that is not the database. The access-token issuer can be told to fail, to break a use
 * case after it has written.
 */
final class CoreOverDatabase {
    static final String PASSWORD = "correct horse battery";

    final Database db;
    final MutableClock clock = MutableClock.at("2026-11-22T09:30:00Z");
    final RecordingEvents events = new RecordingEvents();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final HabitTracker core;
    private volatile boolean tokensFail;

    CoreOverDatabase(Database db) {
        this.db = db;
        AccessTokenIssuer fake = new FakeAccessTokens();
        AccessTokenIssuer issuer = (user, generation, now) -> {
            if (tokensFail) {
                throw new IllegalStateException("token signing is down");
            }
            return fake.issue(user, generation, now);
        };
        core = HabitTracker.wire(new HabitTracker.Ports(db.users(), db.habits(), db.checkIns(), db.refreshTokens(),
                db.transactions(), hasher, issuer, UUID::randomUUID, events, clock), Duration.ofDays(30));
    }

    void failTokenIssuing(boolean fail) {
        tokensFail = fail;
    }

    static String anEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    SignedIn register(String email) {
        return core.auth().register(RegisterCommand.of(email, PASSWORD, "Tester", null));
    }

    SignedIn aSignedInUser() {
        return register(anEmail());
    }
}
