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

/**
 * Short-lived HS256 access tokens. The {@code gen} claim carries the user's token generation, so a
 * password change (which raises it) revokes every access token issued before.
 */
public final class JwtAccessTokens implements AccessTokenIssuer {
    static final String ISSUER = "habit-tracker";
    static final String AUDIENCE = "habit-tracker-api";
    private static final String GENERATION = "gen";
    private static final int MIN_SECRET_BYTES = 32; // RFC 7518: an HS256 key has at least 256 bits

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Duration ttl;

    /** What a valid token says: who it speaks for and at which token generation. */
    public record Claims(UserId user, int generation) {
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
        try {
            DecodedJWT jwt = verifier.verify(token);
            Claim generation = jwt.getClaim(GENERATION);
            Integer gen = generation.asInt();
            if (gen == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(new UserId(UUID.fromString(jwt.getSubject())), gen));
        } catch (JWTVerificationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
