package dev.habits.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored refresh token: only the hash of its value is kept. Tokens rotated from one sign-in share
 * a family, so reuse of an old one can revoke every token of that sign-in.
 */
public record RefreshToken(UUID id, UserId userId, UUID familyId, String tokenHash, Instant issuedAt,
                           Instant expiresAt, Instant usedAt, Instant revokedAt) {
    public RefreshToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean used() {
        return usedAt != null;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
