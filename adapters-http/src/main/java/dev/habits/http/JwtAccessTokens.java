package dev.habits.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.habits.application.port.AccessTokenIssuer;
import dev.habits.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Short-lived HS256 access tokens. The {@code gen} claim carries the user's token generation, so a
 * password change (which raises it) revokes every access token issued before.
 */
public final class JwtAccessTokens implements AccessTokenIssuer {
    static final String ISSUER = "habit-tracker";
    static final String AUDIENCE = "habit-tracker-api";
    private static final String GENERATION = "gen";
    private static final int MIN_SECRET_BYTES = 32; // RFC 7518: an HS256 key has at least 256 bits
    /** A few hundred bytes each: at most about 2 MB, enough for every client active in a token's lifetime. */
    private static final int MAX_REMEMBERED = 4_096;

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration ttl;
    private final Clock clock;
    /**
     * Tokens this process verified lately, with what they said: a client sends the same token with
     * every request for its whole lifetime, and checking the signature and decoding the claims again
     * each time was a twentieth of a request's work. Only the exact string is found, and only until
     * it expires.
     */
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    /** What a valid token says: who it speaks for and at which token generation. */
    public record Claims(UserId user, int generation) {
    }

    private record Verified(Claims claims, Instant expiresAt) {
    }

    public JwtAccessTokens(String secret, Duration ttl, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(clock, "clock");
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the JWT secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("access token lifetime must be positive");
        }
        this.ttl = ttl;
        this.clock = clock;
        this.algorithm = Algorithm.HMAC256(key);
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .withClaimPresence("iss")
                .withClaimPresence("aud")
                .withClaimPresence("sub")
                .withClaimPresence("iat")
                .withClaimPresence("exp")
                .withClaimPresence("jti")
                .withClaimPresence(GENERATION))
                .build(clock);
    }

    @Override
    public AccessToken issue(UserId user, int tokenGeneration, Instant now) {
        String token = JWT.create()
                .withIssuer(ISSUER)
                .withAudience(AUDIENCE)
                .withSubject(user.value().toString())
                .withIssuedAt(now)
                .withExpiresAt(now.plus(ttl))
                .withJWTId(UUID.randomUUID().toString())
                .withClaim(GENERATION, tokenGeneration)
                .sign(algorithm);
        return new AccessToken(token, ttl.toSeconds());
    }

    /** The claims of a token this issuer signed and that is still valid; empty for anything else. */
    public Optional<Claims> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Verified known = verified.get(token);
        if (known != null) {
            if (!clock.instant().isAfter(known.expiresAt())) {
                return Optional.of(known.claims());
            }
            verified.remove(token);
            return Optional.empty();
        }
        try {
            DecodedJWT jwt = verifier.verify(token);
            Claim generation = jwt.getClaim(GENERATION);
            Integer gen = generation.asInt();
            if (gen == null) {
                return Optional.empty();
            }
            Claims claims = new Claims(new UserId(UUID.fromString(jwt.getSubject())), gen);
            remember(token, new Verified(claims, jwt.getExpiresAtAsInstant()));
            return Optional.of(claims);
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    int remembered() {
        return verified.size();
    }

    private void remember(String token, Verified claims) {
        if (verified.size() >= MAX_REMEMBERED) {
            Instant now = clock.instant();
            verified.values().removeIf(v -> now.isAfter(v.expiresAt()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear(); // more live tokens than we keep: start over rather than track age
            }
        }
        verified.put(token, claims);
    }
}
