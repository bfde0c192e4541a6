package dev.habits.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.habits.domain.user.RefreshToken;
import dev.habits.domain.user.User;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What any {@link dev.habits.application.port.RefreshTokens} over our schema must do, on each database. */
abstract class RefreshTokensContract extends DatabaseContract {
    private static final Instant LATER = NOW.plusSeconds(60);

    @Test
    void aStoredTokenIsFoundByItsHashOnly() {
        User owner = aUser();
        RefreshToken token = aToken(owner, UUID.randomUUID());

        assertThat(db.refreshTokens().byHash(token.tokenHash())).contains(token);
        assertThat(db.refreshTokens().byHash("no-such-hash")).isEmpty();
    }

    @Test
    void aTokenIsMarkedUsedOnceOnly() {
        RefreshToken token = aToken(aUser(), UUID.randomUUID());

        assertThat(db.refreshTokens().markUsed(token.id(), LATER)).isTrue();
        assertThat(db.refreshTokens().markUsed(token.id(), LATER.plusSeconds(1))).isFalse();
        assertThat(db.refreshTokens().byHash(token.tokenHash())).get()
                .extracting(RefreshToken::usedAt).isEqualTo(LATER);
        assertThat(db.refreshTokens().markUsed(UUID.randomUUID(), LATER)).isFalse();
    }

    @Test
    void aRevokedTokenCannotBeMarkedUsed() {
        RefreshToken token = aToken(aUser(), UUID.randomUUID());
        db.refreshTokens().revokeFamily(token.familyId(), NOW);

        assertThat(db.refreshTokens().markUsed(token.id(), LATER)).isFalse();
    }

    @Test
    void ofManyConcurrentRefreshesWithOneTokenExactlyOneMarksItUsed() throws InterruptedException {
        RefreshToken token = aToken(aUser(), UUID.randomUUID());

        List<Object> outcomes = race(() -> db.transactions().inTransaction(
                () -> db.refreshTokens().markUsed(token.id(), LATER)));

        assertThat(outcomes).filteredOn(Boolean.TRUE::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Boolean.FALSE::equals).hasSize(RACERS - 1);
    }

    @Test
    void revokingAFamilyRevokesItsTokensOnlyAndKeepsTheFirstRevocationTime() {
        User owner = aUser();
        UUID family = UUID.randomUUID();
        RefreshToken first = aToken(owner, family);
        RefreshToken second = aToken(owner, family);
        RefreshToken otherFamily = aToken(owner, UUID.randomUUID());

        db.refreshTokens().revokeFamily(family, NOW);
        db.refreshTokens().revokeFamily(family, LATER);

        assertThat(revokedAt(first)).isEqualTo(NOW);
        assertThat(revokedAt(second)).isEqualTo(NOW);
        assertThat(revokedAt(otherFamily)).isNull();
    }

    @Test
    void revokingAllOfAUserLeavesOtherUsersTokensAlone() {
        User owner = aUser();
        User other = aUser();
        RefreshToken one = aToken(owner, UUID.randomUUID());
        RefreshToken two = aToken(owner, UUID.randomUUID());
        RefreshToken theirs = aToken(other, UUID.randomUUID());

        db.refreshTokens().revokeAllOf(owner.id(), LATER);

        assertThat(revokedAt(one)).isEqualTo(LATER);
        assertThat(revokedAt(two)).isEqualTo(LATER);
        assertThat(revokedAt(theirs)).isNull();
    }

    private Instant revokedAt(RefreshToken token) {
        return db.refreshTokens().byHash(token.tokenHash()).orElseThrow().revokedAt();
    }
}
