package dev.habits.application;

import dev.habits.application.auth.AuthService;
import dev.habits.application.checkin.CheckInService;
import dev.habits.application.habit.HabitService;
import dev.habits.application.port.AccessTokenIssuer;
import dev.habits.application.port.CheckIns;
import dev.habits.application.port.EventPublisher;
import dev.habits.application.port.Habits;
import dev.habits.application.port.IdGenerator;
import dev.habits.application.port.PasswordHasher;
import dev.habits.application.port.RefreshTokens;
import dev.habits.application.port.TransactionRunner;
import dev.habits.application.port.Users;
import dev.habits.application.profile.ProfileService;
import dev.habits.application.progress.ProgressService;
import java.time.Clock;
import java.time.Duration;

/**
 * Every use case of the habit tracker, wired over one set of ports: the single entry point for
 * an application that embeds the core, and for the HTTP adapter.
 */
public record HabitTracker(AuthService auth, ProfileService profile, HabitService habits,
                           CheckInService checkIns, ProgressService progress) {

    /** The ports the core needs; the adapters (or an embedding application) supply them. */
    public record Ports(Users users, Habits habits, CheckIns checkIns, RefreshTokens refreshTokens,
                        TransactionRunner transactions, PasswordHasher hasher, AccessTokenIssuer accessTokens,
                        IdGenerator ids, EventPublisher events, Clock clock) {
    }

    /** Wires every use case over the ports; refresh tokens live for {@code refreshTtl}. */
    public static HabitTracker wire(Ports ports, Duration refreshTtl) {
        UnitOfWork work = new UnitOfWork(ports.transactions(), ports.events());
        return new HabitTracker(
                new AuthService(work, ports.users(), ports.refreshTokens(), ports.hasher(), ports.accessTokens(),
                        ports.ids(), ports.clock(), refreshTtl),
                new ProfileService(work, ports.users(), ports.habits(), ports.checkIns(), ports.refreshTokens(),
                        ports.hasher(), ports.clock()),
                new HabitService(work, ports.users(), ports.habits(), ports.ids(), ports.clock()),
                new CheckInService(work, ports.users(), ports.habits(), ports.checkIns(), ports.clock()),
                new ProgressService(work, ports.users(), ports.habits(), ports.checkIns(), ports.clock()));
    }
}
