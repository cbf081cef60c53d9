package uk.reviewhub.access.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

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

/**
 * What the access rules read about a person: their agency in the bound partnership (through
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
        return dsl.fetchOptional("select agency_id from partnership_membership where user_id = ?", userId)
                .map(r -> r.get(0, UUID.class));
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
        return dsl.fetchOptional("select active, platform_roles from app_user where id = ?", userId).map(user -> {
            Map<UUID, Set<String>> roles = new HashMap<>();
            dsl.fetch("select tenant_id, roles from platform.memberships_of(?, ?::date)", userId, today)
                    .forEach(r -> roles.put(r.get("tenant_id", UUID.class), Set.copyOf(Arrays.asList(r.get("roles", String[].class)))));
            Set<UUID> revoked = new HashSet<>(dsl.fetch(
                    "select token_id from revoked_access_token where user_id = ? and expires_at > cast(? as timestamptz)",
                    userId, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).getValues(0, UUID.class));
            return new Standing(Boolean.TRUE.equals(user.get("active", Boolean.class)),
                    Set.copyOf(Arrays.asList(user.get("platform_roles", String[].class))), Map.copyOf(roles), Set.copyOf(revoked));
        });
    }

    /** Records an access token as signed out until it expires (and forgets those long expired). */
    public void revokeAccessToken(UUID tokenId, UUID userId, Instant expiresAt, Instant now) {
        dsl.execute("delete from revoked_access_token where expires_at < cast(? as timestamptz)",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        dsl.execute("insert into revoked_access_token (token_id, user_id, expires_at) values (?, ?, cast(? as timestamptz)) "
                + "on conflict (token_id) do nothing", tokenId, userId, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
    }

    /** Revokes the user's live refresh tokens for one partnership; answers how many. */
    public int revokeRefreshTokens(UUID userId, UUID tenantId, Instant now) {
        return dsl.execute("update refresh_token set revoked_at = cast(? as timestamptz) "
                + "where user_id = ? and partnership_id = ? and revoked_at is null",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC), userId, tenantId);
    }
}
