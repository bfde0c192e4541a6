package dev.habits.application.auth;

import dev.habits.application.RecentUsers;
import dev.habits.application.UnitOfWork;
import dev.habits.application.port.AccessTokenIssuer;
import dev.habits.application.port.IdGenerator;
import dev.habits.application.port.PasswordHasher;
import dev.habits.application.port.RefreshTokens;
import dev.habits.application.port.Users;
import dev.habits.domain.event.DomainEvent;
import dev.habits.domain.shared.DomainException;
import dev.habits.domain.user.Email;
import dev.habits.domain.user.RefreshToken;
import dev.habits.domain.user.User;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Registration, sign-in and the refresh-token rules: tokens are single-use and rotated on every
 * refresh; presenting one that was already used revokes its whole family, because either the
 * client or a thief holds a copy and we cannot tell which.
 */
public final class AuthService {
    private static final String BAD_CREDENTIALS = "Email or password is wrong";
    private static final String BAD_REFRESH = "Refresh token is invalid, expired or revoked";

    private final UnitOfWork work;
    private final Users users;
    private final RecentUsers recentUsers;
    private final RefreshTokens refreshTokens;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer accessTokens;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration refreshTtl;
    private final OpaqueTokens opaque = new OpaqueTokens();
    private volatile String decoyHash;

    public AuthService(UnitOfWork work, Users users, RecentUsers recentUsers, RefreshTokens refreshTokens,
                       PasswordHasher hasher, AccessTokenIssuer accessTokens, IdGenerator ids, Clock clock,
                       Duration refreshTtl) {
        this.work = Objects.requireNonNull(work, "work");
        this.users = Objects.requireNonNull(users, "users");
        this.recentUsers = Objects.requireNonNull(recentUsers, "recentUsers");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (refreshTtl.isNegative() || refreshTtl.isZero()) {
            throw new IllegalArgumentException("refresh token lifetime must be positive");
        }
        this.refreshTtl = refreshTtl;
    }

    /** Opens an account and signs it in; a taken email is a conflict on {@code email}. */
    public SignedIn register(RegisterCommand command) {
        String hash = hasher.hash(command.password()); // slow: outside the transaction
        return work.run(events -> {
            if (users.byEmail(command.email()).isPresent()) {
                throw DomainException.conflict("email", "An account with this email already exists");
            }
            Instant now = clock.instant();
            User user = User.register(new UserId(ids.newId()), command.email(), command.displayName(),
                    command.settings(), hash, now);
            users.add(user);
            events.accept(new DomainEvent.UserRegistered(user.id(), now));
            return new SignedIn(user, startSession(user, ids.newId(), now));
        });
    }

    /** Signs in; an unknown email and a wrong password fail alike, in about the same time. */
    public SignedIn login(String email, String password) {
        if (email == null || password == null) {
            throw DomainException.invalid(email == null ? "email" : "password", "is required");
        }
        User user = findByEmail(email);
        if (user == null) {
            hasher.verify(password, decoyHash()); // spend the time a real check would take
            throw DomainException.unauthenticated(BAD_CREDENTIALS);
        }
        if (!hasher.verify(password, user.passwordHash())) {
            throw DomainException.unauthenticated(BAD_CREDENTIALS);
        }
        String rehash = hasher.needsRehash(user.passwordHash()) ? hasher.hash(password) : null;
        return work.run(events -> {
            Instant now = clock.instant();
            User current = users.byId(user.id()).orElseThrow(() -> DomainException.unauthenticated(BAD_CREDENTIALS));
            if (rehash != null && current.passwordHash().equals(user.passwordHash())) {
                current = current.withRehashedPassword(rehash);
                users.update(current);
            }
            return new SignedIn(current, startSession(current, ids.newId(), now));
        });
    }

    /** Trades a refresh token for a new pair; the old one is spent. */
    public Tokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw DomainException.invalid("refreshToken", "is required");
        }
        String hash = OpaqueTokens.hash(refreshToken);
        // A reuse must revoke the family and still fail: the revocation commits, the refusal follows.
        Tokens tokens = work.run(events -> {
            Instant now = clock.instant();
            RefreshToken stored = refreshTokens.byHash(hash).orElse(null);
            if (stored == null || stored.revoked() || stored.expiredAt(now)) {
                return null;
            }
            if (stored.used() || !refreshTokens.markUsed(stored.id(), now)) {
                // A spent token presented again: one of its two holders is a thief. Revoke the
                // family, and every access token of the user, which the thief may hold as well;
                // the user's other sign-ins recover by refreshing.
                refreshTokens.revokeFamily(stored.familyId(), now);
                users.byId(stored.userId()).ifPresent(user -> users.update(user.withTokensRevoked(now)));
                events.accept(new DomainEvent.TokensRevoked(stored.userId(), now));
                return null;
            }
            User user = users.byId(stored.userId()).orElse(null);
            return user == null ? null : startSession(user, stored.familyId(), now);
        });
        if (tokens == null) {
            throw DomainException.unauthenticated(BAD_REFRESH);
        }
        return tokens;
    }

    /** Ends the sign-in the refresh token belongs to; unknown tokens are ignored. */
    public void logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw DomainException.invalid("refreshToken", "is required");
        }
        String hash = OpaqueTokens.hash(refreshToken);
        work.run(events -> {
            refreshTokens.byHash(hash).ifPresent(t -> refreshTokens.revokeFamily(t.familyId(), clock.instant()));
            return null;
        });
    }

    /**
     * The user an access token speaks for, if the token is still good: the user exists and no
     * password change (or other revocation) raised their token generation since it was issued.
     */
    public User authenticate(UserId userId, int tokenGeneration) {
        User user = recentUsers.byId(userId).orElse(null);
        if (user != null && user.tokenGeneration() < tokenGeneration) {
            // Generations only grow: the token was issued after our copy was read (on another node).
            user = recentUsers.fresh(userId).orElse(null);
        }
        if (user == null || user.tokenGeneration() != tokenGeneration) {
            throw DomainException.unauthenticated("Access token is no longer valid");
        }
        return user;
    }

    private User findByEmail(String raw) {
        Email email;
        try {
            email = new Email(raw);
        } catch (DomainException e) {
            return null; // no account can have an invalid address
        }
        return work.read(() -> users.byEmail(email)).orElse(null);
    }

    private Tokens startSession(User user, UUID familyId, Instant now) {
        String value = opaque.newValue();
        refreshTokens.add(new RefreshToken(ids.newId(), user.id(), familyId, OpaqueTokens.hash(value), now,
                now.plus(refreshTtl), null, null));
        AccessTokenIssuer.AccessToken access = accessTokens.issue(user.id(), user.tokenGeneration(), now);
        return new Tokens(access.value(), value, access.expiresInSeconds());
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = hasher.hash(opaque.newValue());
            decoyHash = hash;
        }
        return hash;
    }
}
