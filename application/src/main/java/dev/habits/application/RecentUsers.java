package dev.habits.application;

import dev.habits.application.port.Users;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Users as read a moment ago, for the two things nearly every request asks: is the access token's
 * generation still the user's, and which day is the user's today. Reading the user for each would
 * be one query per request on top of the one that does the work.
 *
 * <p>A remembered user is at most {@code rememberFor} old. The user-changing events of this
 * process (published after commit) forget it at once, so on a single node a password change or a
 * new time zone is seen by the very next request; other nodes behind the same database see it
 * once their copy expires. Only reads go through here: a use case that writes the user, or checks
 * a password, reads the row itself.
 */
public final class RecentUsers {
    /** About 1 KB each: a bound on memory whatever lifetime an operator sets. */
    static final int MAX_REMEMBERED = 10_000;

    private final Users users;
    private final Clock clock;
    private final long rememberForMillis;
    private final ConcurrentHashMap<UserId, Remembered> remembered = new ConcurrentHashMap<>();
    /** Counts every forgetting: a read that saw this number change may hold an older row. */
    private final AtomicLong changes = new AtomicLong();
    private volatile long lastSweep;

    private record Remembered(User user, long readAtMillis) {
    }

    public RecentUsers(Users users, Clock clock, Duration rememberFor) {
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (rememberFor.isNegative()) {
            throw new IllegalArgumentException("rememberFor must not be negative");
        }
        this.rememberForMillis = rememberFor.toMillis();
    }

    /** The user, as remembered if the copy is young enough, else as the database has it now. */
    public Optional<User> byId(UserId id) {
        Remembered copy = remembered.get(id);
        if (copy != null && isYoung(copy, nowMillis())) {
            return Optional.of(copy.user());
        }
        return fresh(id);
    }

    /** The user as the database has it now; remembered for the next reads. */
    public Optional<User> fresh(UserId id) {
        if (rememberForMillis == 0) {
            return users.byId(id);
        }
        long seen = changes.get();
        long readAt = nowMillis(); // taken before the read, so the copy never looks younger than it is
        Optional<User> user = users.byId(id);
        user.ifPresent(u -> remember(id, new Remembered(u, readAt), seen));
        return user;
    }

    /** Forgets the user an event changed (profile, password, tokens revoked, account deleted). */
    public void heard(DomainEvent event) {
        if (event instanceof DomainEvent.ProfileChanged || event instanceof DomainEvent.PasswordChanged
                || event instanceof DomainEvent.TokensRevoked || event instanceof DomainEvent.UserDeleted) {
            forget(event.userId());
        }
    }

    /** Forgets the user; a read still under way when this runs will not be remembered either. */
    public void forget(UserId id) {
        remembered.compute(id, (key, old) -> {
            changes.incrementAndGet();
            return null;
        });
    }

    int size() {
        return remembered.size();
    }

    private void remember(UserId id, Remembered copy, long seen) {
        sweepNowAndThen(copy.readAtMillis());
        if (remembered.size() >= MAX_REMEMBERED) {
            return; // this many users active within one lifetime: the rest are read each time
        }
        // Under the key's lock, as forget() is: either the forgetting comes after and removes the copy,
        // or it came first and changed the count, and the copy (perhaps read before it) is dropped.
        remembered.compute(id, (key, old) -> changes.get() == seen ? copy : old);
    }

    /** Drops expired copies at most once per lifetime, so the map holds only recently active users. */
    private void sweepNowAndThen(long now) {
        if (now - lastSweep < rememberForMillis) {
            return;
        }
        lastSweep = now;
        remembered.values().removeIf(copy -> !isYoung(copy, now));
    }

    /**
     * Not {@code clock.millis()}: on JDK 17 a tick clock whose tick is under a millisecond (the
     * server's ticks in microseconds) divides by zero there; JDK 25 does not. {@code instant()} is sound.
     */
    private long nowMillis() {
        return clock.instant().toEpochMilli();
    }

    private boolean isYoung(Remembered copy, long now) {
        long age = now - copy.readAtMillis();
        return age >= 0 && age < rememberForMillis; // a clock set back makes every copy old
    }
}
