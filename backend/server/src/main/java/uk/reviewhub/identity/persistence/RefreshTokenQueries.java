package uk.reviewhub.identity.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code refresh_token}: only SHA-256 hashes of the tokens are stored. Times come from the
 * application clock (cast explicitly: plain-SQL binds of {@code OffsetDateTime} travel as text).
 */
@Singleton
@Connectable
public class RefreshTokenQueries {

    private final DSLContext dsl;

    RefreshTokenQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Whom a live token was issued to, for which partnership (null for platform-only), and which
     * partnership's single sign-on proved the session (null: a password or another way).
     */
    public record Holder(UUID userId, @Nullable UUID partnershipId, @Nullable UUID ssoTenantId) {
    }

    public void store(UUID userId, @Nullable UUID partnershipId, String tokenHash, Instant issuedAt, Instant expiresAt,
                      @Nullable UUID ssoTenantId) {
        dsl.execute("insert into refresh_token (id, user_id, token_hash, partnership_id, issued_at, expires_at, sso_tenant_id) "
                        + "values (?, ?, ?, ?, cast(? as timestamptz), cast(? as timestamptz), ?)",
                UUID.randomUUID(), userId, tokenHash, partnershipId, UserQueries.utc(issuedAt), UserQueries.utc(expiresAt),
                ssoTenantId);
    }

    /** The holder of a live (unrevoked, unexpired) token, without using it up. */
    public Optional<Holder> live(String tokenHash, Instant now) {
        return dsl.fetchOptional("select user_id, partnership_id, sso_tenant_id from refresh_token "
                                + "where token_hash = ? and revoked_at is null and expires_at > cast(? as timestamptz)",
                        tokenHash, UserQueries.utc(now))
                .map(RefreshTokenQueries::holder);
    }

    private static Holder holder(org.jooq.Record row) {
        return new Holder(row.get("user_id", UUID.class), row.get("partnership_id", UUID.class), row.get("sso_tenant_id", UUID.class));
    }

    /**
     * Revokes a live (unrevoked, unexpired) token in one statement and answers whom it was for;
     * empty if it was not live, so two concurrent uses of one token cannot both succeed.
     */
    public Optional<Holder> consume(String tokenHash, Instant now) {
        return dsl.fetchOptional("update refresh_token set revoked_at = cast(? as timestamptz) "
                                + "where token_hash = ? and revoked_at is null and expires_at > cast(? as timestamptz) "
                                + "returning user_id, partnership_id, sso_tenant_id",
                        UserQueries.utc(now), tokenHash, UserQueries.utc(now))
                .map(RefreshTokenQueries::holder);
    }

    /** The user of a token that exists but was already revoked: a sign of theft when it is presented again. */
    public Optional<UUID> revokedTokenUser(String tokenHash) {
        return dsl.fetchOptional("select user_id from refresh_token where token_hash = ? and revoked_at is not null", tokenHash)
                .map(row -> row.get("user_id", UUID.class));
    }

    public int revokeAllOf(UUID userId, Instant now) {
        return dsl.execute("update refresh_token set revoked_at = cast(? as timestamptz) where user_id = ? and revoked_at is null",
                UserQueries.utc(now), userId);
    }

    public boolean revoke(UUID userId, String tokenHash, Instant now) {
        return dsl.execute("update refresh_token set revoked_at = cast(? as timestamptz) where user_id = ? and token_hash = ? and revoked_at is null",
                UserQueries.utc(now), userId, tokenHash) == 1;
    }
}
