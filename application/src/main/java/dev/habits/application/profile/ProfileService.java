package dev.habits.application.profile;

import dev.habits.application.UnitOfWork;
import dev.habits.application.port.CheckIns;
import dev.habits.application.port.HabitFilter;
import dev.habits.application.port.Habits;
import dev.habits.application.port.PasswordHasher;
import dev.habits.application.port.RefreshTokens;
import dev.habits.application.port.Users;
import dev.habits.domain.checkin.CheckIn;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.habit.Habit;
import dev.habits.domain.habit.HabitId;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.PasswordPolicy;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a signed-in user does with their own account. */
public final class ProfileService {
    private final UnitOfWork work;
    private final Users users;
    private final Habits habits;
    private final CheckIns checkIns;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ProfileService(UnitOfWork work, Users users, Habits habits, CheckIns checkIns,
                          RefreshTokens refreshTokens, PasswordHasher hasher, Clock clock) {
        this.work = Objects.requireNonNull(work, "work");
        this.users = Objects.requireNonNull(users, "users");
        this.habits = Objects.requireNonNull(habits, "habits");
        this.checkIns = Objects.requireNonNull(checkIns, "checkIns");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public User me(UserId id) {
        return work.read(() -> load(id));
    }

    /** Changes the display name and any settings given. */
    public User update(UserId id, ProfileChange change) {
        return work.run(events -> {
            User user = load(id);
            ProfileChange.Result result = change.applyTo(user);
            if (result.displayName().equals(user.displayName()) && result.settings().equals(user.settings())) {
                return user;
            }
            Instant now = clock.instant();
            User changed = user.withProfile(result.displayName(), result.settings(), now);
            users.update(changed);
            events.accept(new DomainEvent.ProfileChanged(id, now));
            return changed;
        });
    }

    /**
     * Sets a new password after checking the current one; every refresh token and every access
     * token issued before stops working.
     */
    public void changePassword(UserId id, String currentPassword, String newPassword) {
        if (currentPassword == null) {
            throw DomainException.invalid("currentPassword", "is required");
        }
        PasswordPolicy.check("newPassword", newPassword);
        User user = me(id);
        requirePassword("currentPassword", currentPassword, user);
        String newHash = hasher.hash(newPassword);
        work.run(events -> {
            Instant now = clock.instant();
            User current = load(id);
            users.update(current.withPassword(newHash, now));
            refreshTokens.revokeAllOf(id, now);
            events.accept(new DomainEvent.PasswordChanged(id, now));
            return null;
        });
    }

    /** Deletes the account and all its data after checking the password. */
    public void delete(UserId id, String password) {
        if (password == null) {
            throw DomainException.invalid("password", "is required");
        }
        requirePassword("password", password, me(id));
        work.run(events -> {
            load(id);
            users.delete(id);
            events.accept(new DomainEvent.UserDeleted(id, clock.instant()));
            return null;
        });
    }

    /** The user with every habit (archived ones too) and its whole history. */
    public Export export(UserId id) {
        return work.read(() -> {
            User user = load(id);
            Map<HabitId, List<CheckIn>> histories = checkIns.historiesOf(id);
            List<Export.HabitRecord> records = habits.of(id, HabitFilter.ALL).stream()
                    .map((Habit h) -> new Export.HabitRecord(h, histories.getOrDefault(h.id(), List.of())))
                    .toList();
            return new Export(user, records);
        });
    }

    private void requirePassword(String field, String password, User user) {
        if (!hasher.verify(password, user.passwordHash())) {
            throw DomainException.forbidden(field, "Password is wrong");
        }
    }

    private User load(UserId id) {
        return users.byId(id).orElseThrow(() -> DomainException.unauthenticated("Account no longer exists"));
    }
}
