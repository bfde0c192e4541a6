package dev.habits.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAccountTest {
    private static final Instant REGISTERED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-22T09:30:00Z");

    private static User ada() {
        return User.register(new UserId(new UUID(0, 1)), new Email("ada@example.com"), new DisplayName("Ada"),
                UserSettings.DEFAULTS, "hash-v1", REGISTERED);
    }

    @Test
    void aNewUserStartsAtTokenGenerationZero() {
        User user = ada();

        assertThat(user.tokenGeneration()).isZero();
        assertThat(user.createdAt()).isEqualTo(REGISTERED).isEqualTo(user.updatedAt());
        assertThat(user.id()).hasToString("00000000-0000-0000-0000-000000000001");
    }

    @Test
    void aNewPasswordRevokesEveryTokenIssuedBefore() {
        User changed = ada().withPassword("hash-v2", LATER);

        assertThat(changed.passwordHash()).isEqualTo("hash-v2");
        assertThat(changed.tokenGeneration()).isEqualTo(1);
        assertThat(changed.updatedAt()).isEqualTo(LATER);
        assertThat(changed.createdAt()).isEqualTo(REGISTERED);
    }

    @Test
    void aStrongerHashOfTheSamePasswordRevokesNothing() {
        User rehashed = ada().withRehashedPassword("hash-stronger");

        assertThat(rehashed.passwordHash()).isEqualTo("hash-stronger");
        assertThat(rehashed.tokenGeneration()).isZero();
        assertThat(rehashed.updatedAt()).isEqualTo(REGISTERED);
    }

    @Test
    void aProfileChangeKeepsCredentialsAndTokens() {
        UserSettings berlin = UserSettings.DEFAULTS.withTimeZone(ZoneId.of("Europe/Berlin"));
        User changed = ada().withProfile(new DisplayName("Ada L."), berlin, LATER);

        assertThat(changed.displayName().value()).isEqualTo("Ada L.");
        assertThat(changed.settings()).isEqualTo(berlin);
        assertThat(changed.passwordHash()).isEqualTo("hash-v1");
        assertThat(changed.tokenGeneration()).isZero();
        assertThat(changed.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void theTextOfAUserNeverShowsThePasswordHash() {
        assertThat(ada().toString()).contains("ada@example.com").doesNotContain("hash-v1");
    }

    @Test
    void aUserRefusesANegativeTokenGeneration() {
        assertThatThrownBy(() -> new User(new UserId(UUID.randomUUID()), new Email("a@example.com"),
                new DisplayName("Al"), UserSettings.DEFAULTS, "h", -1, REGISTERED, REGISTERED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefreshTokenKnowsWhetherItIsUsedRevokedOrExpired() {
        RefreshToken fresh = new RefreshToken(UUID.randomUUID(), new UserId(new UUID(0, 1)), UUID.randomUUID(), "hash",
                REGISTERED, REGISTERED.plusSeconds(60), null, null);
        RefreshToken spent = new RefreshToken(fresh.id(), fresh.userId(), fresh.familyId(), "hash", REGISTERED,
                fresh.expiresAt(), LATER, LATER);

        assertThat(fresh.used()).isFalse();
        assertThat(fresh.revoked()).isFalse();
        assertThat(fresh.expiredAt(REGISTERED.plusSeconds(59))).isFalse();
        assertThat(fresh.expiredAt(REGISTERED.plusSeconds(60))).isTrue();
        assertThat(spent.used()).isTrue();
        assertThat(spent.revoked()).isTrue();
    }
}
