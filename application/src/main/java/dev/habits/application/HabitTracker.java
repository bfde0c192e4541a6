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

    /**
     * Wires every use case over the ports; refresh tokens live for {@code refreshTtl}. Every read of
     * a user or of a habit's check-ins goes to the database: the choice for an application whose
     * other code writes users or check-ins too.
     */
    public static HabitTracker wire(Ports ports, Duration refreshTtl) {
        return wire(ports, refreshTtl, Duration.ZERO, 0);
    }

    /**
     * As {@link #wire(Ports, Duration)}, with each user's row remembered for up to
     * {@code usersRememberedFor} between requests (see {@link RecentUsers}), and habits' check-in
     * days kept under their history tags, up to {@link RecentHistories#DEFAULT_MAX_DAYS} days.
     */
    public static HabitTracker wire(Ports ports, Duration refreshTtl, Duration usersRememberedFor) {
        return wire(ports, refreshTtl, usersRememberedFor, RecentHistories.DEFAULT_MAX_DAYS);
    }

    /**
     * As {@link #wire(Ports, Duration, Duration)}, keeping up to {@code historyDaysRemembered}
     * check-in days of habits under their history tags (see {@link RecentHistories}); 0 keeps none.
     */
    public static HabitTracker wire(Ports ports, Duration refreshTtl, Duration usersRememberedFor,
                                    int historyDaysRemembered) {
        RecentUsers recent = new RecentUsers(ports.users(), ports.clock(), usersRememberedFor);
        EventPublisher published = ports.events();
        UnitOfWork work = new UnitOfWork(ports.transactions(), event -> {
            recent.heard(event);
            published.publish(event);
        });
        return new HabitTracker(
                new AuthService(work, ports.users(), recent, ports.refreshTokens(), ports.hasher(),
                        ports.accessTokens(), ports.ids(), ports.clock(), refreshTtl),
                new ProfileService(work, ports.users(), ports.habits(), ports.checkIns(), ports.refreshTokens(),
                        ports.hasher(), ports.clock()),
                new HabitService(work, recent, ports.habits(), ports.ids(), ports.clock()),
                new CheckInService(work, recent, ports.habits(), ports.checkIns(), ports.clock()),
                new ProgressService(work, recent, ports.habits(),
                        new RecentHistories(ports.checkIns(), historyDaysRemembered), ports.clock()));
    }
}
