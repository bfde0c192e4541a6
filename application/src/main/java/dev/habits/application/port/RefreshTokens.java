package dev.habits.application.port;

import dev.habits.domain.user.RefreshToken;
import dev.habits.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where refresh tokens are kept, by the hash of their value only. */
public interface RefreshTokens {
    void add(RefreshToken token);

    Optional<RefreshToken> byHash(String tokenHash);

    /**
     * Marks the token used if it is still unused and not revoked, atomically: of two concurrent
     * refreshes with one token, exactly one gets true.
     */
    boolean markUsed(UUID tokenId, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    void revokeAllOf(UserId owner, Instant at);
}
