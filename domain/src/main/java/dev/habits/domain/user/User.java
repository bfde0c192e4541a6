package dev.habits.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered person. The password hash is opaque here (its format belongs to the hasher);
 * {@code tokenGeneration} is raised whenever every token issued so far must stop working.
 */
public record User(UserId id, Email email, DisplayName displayName, UserSettings settings,
                   String passwordHash, int tokenGeneration, Instant createdAt, Instant updatedAt) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (tokenGeneration < 0) {
            throw new IllegalArgumentException("tokenGeneration must not be negative");
        }
    }

    /** A new account as registered now. */
    public static User register(UserId id, Email email, DisplayName name, UserSettings settings,
                                String passwordHash, Instant now) {
        return new User(id, email, name, settings, passwordHash, 0, now, now);
    }

    public User withProfile(DisplayName name, UserSettings newSettings, Instant now) {
        return new User(id, email, name, newSettings, passwordHash, tokenGeneration, createdAt, now);
    }

    /** The same user with a new password; every token issued before stops working. */
    public User withPassword(String newHash, Instant now) {
        return new User(id, email, displayName, settings, newHash, tokenGeneration + 1, createdAt, now);
    }

    /**
     * The same user with every token issued so far revoked: what a stolen refresh token calls for,
     * since the thief may also hold access tokens from that sign-in.
     */
    public User withTokensRevoked(Instant now) {
        return new User(id, email, displayName, settings, passwordHash, tokenGeneration + 1, createdAt, now);
    }

    /** The same user with a stronger hash of the same password (no token is revoked). */
    public User withRehashedPassword(String newHash) {
        return new User(id, email, displayName, settings, newHash, tokenGeneration, createdAt, updatedAt);
    }

    @Override
    public String toString() {
        return "User[" + id + ", " + email + "]"; // never the hash
    }
}
