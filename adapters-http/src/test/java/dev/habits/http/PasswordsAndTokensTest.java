package dev.habits.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
