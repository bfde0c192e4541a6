package dev.habits.persistence;

import dev.habits.domain.user.RefreshToken;
import dev.habits.application.port.RefreshTokens;
import dev.habits.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link RefreshTokens} in the {@code refresh_tokens} table. A token is looked up by its hash
 * alone (the caller does not know the user yet); the owner is on every row all the same.
 */
final class JdbiRefreshTokens implements RefreshTokens {
    private static final String COLUMNS =
            "user_id, id, family_id, token_hash, issued_at, expires_at, used_at, revoked_at";

    private final Jdbi jdbi;

    JdbiRefreshTokens(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(RefreshToken token) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO refresh_tokens (" + COLUMNS + ") VALUES (:owner, :id, "
                        + ":family, :hash, :issuedAt, :expiresAt, :usedAt, :revokedAt)")
                .bind("owner", Sql.uuid(token.userId().value()))
                .bind("id", Sql.uuid(token.id()))
                .bind("family", Sql.uuid(token.familyId()))
                .bind("hash", token.tokenHash())
                .bind("issuedAt", Sql.timestamp(token.issuedAt()))
                .bind("expiresAt", Sql.timestamp(token.expiresAt()))
                .bind("usedAt", Sql.timestamp(token.usedAt()))
                .bind("revokedAt", Sql.timestamp(token.revokedAt()))
                .execute());
    }

    @Override
    public Optional<RefreshToken> byHash(String tokenHash) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM refresh_tokens WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map(JdbiRefreshTokens::token)
                .findOne());
    }

    /** One conditional UPDATE: of two concurrent callers the database lets exactly one change the row. */
    @Override
    public boolean markUsed(UUID tokenId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE refresh_tokens SET used_at = :at "
                        + "WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
                .bind("at", Sql.timestamp(at))
                .bind("id", Sql.uuid(tokenId))
                .execute()) == 1;
    }

    /** Tokens revoked before keep their first revocation time. */
    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE refresh_tokens SET revoked_at = :at "
                        + "WHERE family_id = :family AND revoked_at IS NULL")
                .bind("at", Sql.timestamp(at))
                .bind("family", Sql.uuid(familyId))
                .execute());
    }

    @Override
    public void revokeAllOf(UserId owner, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE refresh_tokens SET revoked_at = :at "
                        + "WHERE user_id = :owner AND revoked_at IS NULL")
                .bind("at", Sql.timestamp(at))
                .bind("owner", Sql.uuid(owner.value()))
                .execute());
    }

    private static RefreshToken token(ResultSet rs, StatementContext context) throws SQLException {
        return new RefreshToken(Sql.uuid(rs, "id"), new UserId(Sql.uuid(rs, "user_id")), Sql.uuid(rs, "family_id"),
                rs.getString("token_hash"), Sql.instant(rs, "issued_at"), Sql.instant(rs, "expires_at"),
                Sql.instant(rs, "used_at"), Sql.instant(rs, "revoked_at"));
    }
}
