package uk.reviewhub.identity.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Tables.REFRESH_TOKEN;

/**
 * {@code refresh_token}, on jOOQ's generated table: only SHA-256 hashes of the tokens are stored.
 * Times come from the application clock.
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
        dsl.insertInto(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.ID, UUID.randomUUID())
                .set(REFRESH_TOKEN.USER_ID, userId)
                .set(REFRESH_TOKEN.TOKEN_HASH, tokenHash)
                .set(REFRESH_TOKEN.PARTNERSHIP_ID, partnershipId)
                .set(REFRESH_TOKEN.ISSUED_AT, UserQueries.utc(issuedAt))
                .set(REFRESH_TOKEN.EXPIRES_AT, UserQueries.utc(expiresAt))
                .set(REFRESH_TOKEN.SSO_TENANT_ID, ssoTenantId)
                .execute();
    }

    /** The holder of a live (unrevoked, unexpired) token, without using it up. */
    public Optional<Holder> live(String tokenHash, Instant now) {
        return dsl.select(REFRESH_TOKEN.USER_ID, REFRESH_TOKEN.PARTNERSHIP_ID, REFRESH_TOKEN.SSO_TENANT_ID)
                .from(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash), REFRESH_TOKEN.REVOKED_AT.isNull(),
                        REFRESH_TOKEN.EXPIRES_AT.gt(UserQueries.utc(now)))
                .fetchOptional()
                .map(row -> new Holder(row.value1(), row.value2(), row.value3()));
    }

    /**
     * Revokes a live (unrevoked, unexpired) token in one statement and answers whom it was for;
     * empty if it was not live, so two concurrent uses of one token cannot both succeed.
     */
    public Optional<Holder> consume(String tokenHash, Instant now) {
        return dsl.update(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.REVOKED_AT, UserQueries.utc(now))
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash), REFRESH_TOKEN.REVOKED_AT.isNull(),
                        REFRESH_TOKEN.EXPIRES_AT.gt(UserQueries.utc(now)))
                .returningResult(REFRESH_TOKEN.USER_ID, REFRESH_TOKEN.PARTNERSHIP_ID, REFRESH_TOKEN.SSO_TENANT_ID)
                .fetchOptional()
                .map(row -> new Holder(row.value1(), row.value2(), row.value3()));
    }

    /** The user of a token that exists but was already revoked: a sign of theft when it is presented again. */
    public Optional<UUID> revokedTokenUser(String tokenHash) {
        return dsl.select(REFRESH_TOKEN.USER_ID).from(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash), REFRESH_TOKEN.REVOKED_AT.isNotNull())
                .fetchOptional(REFRESH_TOKEN.USER_ID);
    }

    public int revokeAllOf(UUID userId, Instant now) {
        return dsl.update(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.REVOKED_AT, UserQueries.utc(now))
                .where(REFRESH_TOKEN.USER_ID.eq(userId), REFRESH_TOKEN.REVOKED_AT.isNull())
                .execute();
    }

    public boolean revoke(UUID userId, String tokenHash, Instant now) {
        return dsl.update(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.REVOKED_AT, UserQueries.utc(now))
                .where(REFRESH_TOKEN.USER_ID.eq(userId), REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash), REFRESH_TOKEN.REVOKED_AT.isNull())
                .execute() == 1;
    }
}
