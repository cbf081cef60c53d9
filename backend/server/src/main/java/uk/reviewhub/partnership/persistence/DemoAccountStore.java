package uk.reviewhub.partnership.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Upserts demo users: {@code app_user} is global; their memberships and seats are tenant-owned, so
 * those methods run with the partnership's tenant bound.
 */
@Singleton
@Connectable
public class DemoAccountStore {

    private final DSLContext dsl;

    DemoAccountStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record StoredUser(UUID id, String passwordHash) {
    }

    public Optional<StoredUser> findUser(String email) {
        return dsl.fetchOptional("select id, password_hash from app_user where email = cast(? as citext)", email)
                .map(r -> new StoredUser(r.get("id", UUID.class), r.get("password_hash", String.class)));
    }

    public UUID insertUser(String email, String displayName, String passwordHash, List<String> platformRoles) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into app_user (id, email, display_name, password_hash, platform_roles) values (?, ?, ?, ?, ?::text[])",
                id, email, displayName, passwordHash, platformRoles.toArray(String[]::new));
        return id;
    }

    public void updateUser(UUID id, String displayName, String passwordHash, List<String> platformRoles) {
        dsl.execute("""
                update app_user set display_name = ?, password_hash = ?, platform_roles = ?::text[]
                 where id = ? and (display_name, password_hash, platform_roles) is distinct from (?::text, ?::text, ?::text[])""",
                displayName, passwordHash, platformRoles.toArray(String[]::new), id,
                displayName, passwordHash, platformRoles.toArray(String[]::new));
    }

    /** With the tenant bound: the user's membership (roles, agency by code) and, if given, their seat in a group. */
    @Transactional
    public void storeMembership(UUID userId, List<String> roles, String agencyCode, String groupCode, String positionTitle) {
        DSLContext tx = dsl; // @Transactional: every statement shares one connection
        tx.execute("""
                insert into partnership_membership (tenant_id, id, user_id, roles, agency_id)
                values (current_tenant_id(), gen_random_uuid(), ?, ?::text[], (select id from agency where code = ?))
                on conflict (tenant_id, user_id) do update set roles = excluded.roles, agency_id = excluded.agency_id
                 where (partnership_membership.roles, partnership_membership.agency_id)
                       is distinct from (excluded.roles, excluded.agency_id)""",
                userId, roles.toArray(String[]::new), agencyCode);
        if (groupCode != null) {
            tx.execute("""
                    update group_member set user_id = ?
                     where group_id = (select id from review_group where code = ?) and position_title = ?
                       and user_id is distinct from ?::uuid""",
                    userId, groupCode, positionTitle, userId);
        }
    }
}
