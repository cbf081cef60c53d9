package uk.reviewhub.access.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.database.MembershipsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.REFRESH_TOKEN;
import static uk.reviewhub.database.jooq.Tables.REVOKED_ACCESS_TOKEN;

/**
 * What the access rules read about a person, on jOOQ's generated tables: their agency in the bound partnership (through
 * row-level security), and, before any tenant is bound, whether their account, roles and access
 * tokens still hold (global tables and the security-definer {@code platform.memberships_of}).
 */
@Singleton
@Connectable
public class AccessQueries {

    private final DSLContext dsl;

    AccessQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The agency the user's partnership role is with, if any. */
    public Optional<UUID> agencyOf(UUID userId) {
        return dsl.select(PARTNERSHIP_MEMBERSHIP.AGENCY_ID).from(PARTNERSHIP_MEMBERSHIP)
                .where(PARTNERSHIP_MEMBERSHIP.USER_ID.eq(userId))
                .fetchOptional(PARTNERSHIP_MEMBERSHIP.AGENCY_ID);
    }

    /**
     * What a user may hold now.
     *
     * @param platformRoles  their platform roles
     * @param rolesByTenant  their current partnership roles, by partnership
     * @param revokedTokens  ids of their access tokens signed out before expiry
     */
    public record Standing(boolean active, Set<String> platformRoles, Map<UUID, Set<String>> rolesByTenant, Set<UUID> revokedTokens) {
    }

    /** The user's standing on {@code today} (London) at {@code now}, or nothing for an unknown user. */
    public Optional<Standing> standing(UUID userId, LocalDate today, Instant now) {
        return dsl.select(APP_USER.ACTIVE, APP_USER.PLATFORM_ROLES).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional().map(user -> {
            Map<UUID, Set<String>> roles = new HashMap<>();
            dsl.select(MembershipsOf.TENANT_ID, MembershipsOf.ROLES).from(MembershipsOf.on(userId, today))
                    .forEach(r -> roles.put(r.value1(), Set.copyOf(Arrays.asList(r.value2()))));
            Set<UUID> revoked = new HashSet<>(dsl.select(REVOKED_ACCESS_TOKEN.TOKEN_ID).from(REVOKED_ACCESS_TOKEN)
                    .where(REVOKED_ACCESS_TOKEN.USER_ID.eq(userId), REVOKED_ACCESS_TOKEN.EXPIRES_AT.gt(utc(now)))
                    .fetch(REVOKED_ACCESS_TOKEN.TOKEN_ID));
            return new Standing(Boolean.TRUE.equals(user.value1()), Set.copyOf(Arrays.asList(user.value2())), Map.copyOf(roles),
                    Set.copyOf(revoked));
        });
    }

    /** Records an access token as signed out until it expires (and forgets those long expired). */
    public void revokeAccessToken(UUID tokenId, UUID userId, Instant expiresAt, Instant now) {
        dsl.deleteFrom(REVOKED_ACCESS_TOKEN).where(REVOKED_ACCESS_TOKEN.EXPIRES_AT.lt(utc(now))).execute();
        dsl.insertInto(REVOKED_ACCESS_TOKEN)
                .set(REVOKED_ACCESS_TOKEN.TOKEN_ID, tokenId)
                .set(REVOKED_ACCESS_TOKEN.USER_ID, userId)
                .set(REVOKED_ACCESS_TOKEN.EXPIRES_AT, utc(expiresAt))
                .onConflict(REVOKED_ACCESS_TOKEN.TOKEN_ID).doNothing()
                .execute();
    }

    /** Revokes the user's live refresh tokens for one partnership; answers how many. */
    public int revokeRefreshTokens(UUID userId, UUID tenantId, Instant now) {
        return dsl.update(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.REVOKED_AT, utc(now))
                .where(REFRESH_TOKEN.USER_ID.eq(userId), REFRESH_TOKEN.PARTNERSHIP_ID.eq(tenantId), REFRESH_TOKEN.REVOKED_AT.isNull())
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
