package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.habits.application.fixtures.MutableClock;
import dev.habits.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasswordsAndTokensTest {

    @Test
    void owaspParametersMakeASelfDescribingArgon2idHashThatVerifies() {
        Argon2PasswordHasher hasher = Argon2PasswordHasher.owasp();
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("Correct horse battery", hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void cheaperHashesAskToBeRehashed() {
        String cheap = new Argon2PasswordHasher(1024, 1, 1).hash("correct horse battery");
        assertThat(Argon2PasswordHasher.owasp().needsRehash(cheap)).isTrue();
        assertThat(Argon2PasswordHasher.owasp().verify("correct horse battery", cheap)).isTrue();
        assertThat(Argon2PasswordHasher.owasp().verify("x", "not a hash")).isFalse();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new JwtAccessTokens("too-short", Duration.ofMinutes(15), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIssuedTokenVerifiesUntilItExpires() {
        Instant now = Instant.parse("2026-11-22T09:30:00Z");
        UserId user = new UserId(UUID.randomUUID());
        String token = new JwtAccessTokens(RunningApi.SECRET, Duration.ofMinutes(15), Clock.fixed(now, ZoneOffset.UTC))
                .issue(user, 3, now).value();
        assertThat(new JwtAccessTokens(RunningApi.SECRET, Duration.ofMinutes(15),
                Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC)).verify(token))
                .contains(new JwtAccessTokens.Claims(user, 3));
        assertThat(new JwtAccessTokens(RunningApi.SECRET, Duration.ofMinutes(15),
                Clock.fixed(now.plusSeconds(16 * 60), ZoneOffset.UTC)).verify(token)).isEmpty();
        assertThat(new JwtAccessTokens(RunningApi.SECRET + "x", Duration.ofMinutes(15),
                Clock.fixed(now, ZoneOffset.UTC)).verify(token)).isEmpty();
    }

    @Test
    void aTokenVerifiedBeforeIsTakenFromMemoryOnlyUntilItExpiresAndOnlyAsIssued() {
        Instant now = Instant.parse("2026-11-22T09:30:00Z");
        MutableClock clock = new MutableClock(now);
        JwtAccessTokens tokens = new JwtAccessTokens(RunningApi.SECRET, Duration.ofMinutes(15), clock);
        UserId user = new UserId(UUID.randomUUID());
        String token = tokens.issue(user, 3, now).value();

        assertThat(tokens.verify(token)).contains(new JwtAccessTokens.Claims(user, 3));
        assertThat(tokens.verify(token)).as("again, from memory").contains(new JwtAccessTokens.Claims(user, 3));
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(tokens.verify(tampered)).isEmpty();

        clock.set(now.plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(tokens.verify(token)).as("expired while remembered").isEmpty();
    }

    @Test
    void theMemoryOfVerifiedTokensStaysBounded() {
        Instant now = Instant.parse("2026-11-22T09:30:00Z");
        JwtAccessTokens tokens = new JwtAccessTokens(RunningApi.SECRET, Duration.ofMinutes(15),
                Clock.fixed(now, ZoneOffset.UTC));
        UserId user = new UserId(UUID.randomUUID());
        for (int i = 0; i < 5_000; i++) {
            assertThat(tokens.verify(tokens.issue(user, 1, now).value())).isPresent();
        }
        assertThat(tokens.remembered()).isLessThanOrEqualTo(4_096);
    }
}
