package uk.reviewhub.partnership.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.database.Citext;
import uk.reviewhub.database.jooq.tables.PartnershipMembership;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;

/**
 * Upserts demo users, on jOOQ's generated tables: {@code app_user} is global; their memberships and seats are tenant-owned, so
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
        return dsl.select(APP_USER.ID, APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.EMAIL.eq(Citext.of(email)))
                .fetchOptional(r -> new StoredUser(r.value1(), r.value2()));
    }

    public UUID insertUser(String email, String displayName, String passwordHash, List<String> platformRoles) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(APP_USER)
                .set(APP_USER.ID, id)
                .set(Map.of(APP_USER.EMAIL, Citext.of(email))) // a Field value: set(Field, T) and set(Field, Field) both fit
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PLATFORM_ROLES, platformRoles.toArray(String[]::new))
                .execute();
        return id;
    }

    public void updateUser(UUID id, String displayName, String passwordHash, List<String> platformRoles) {
        String[] roles = platformRoles.toArray(String[]::new);
        dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PLATFORM_ROLES, roles)
                .where(APP_USER.ID.eq(id), row(APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.PLATFORM_ROLES)
                        .isDistinctFrom(displayName, passwordHash, roles))
                .execute();
    }

    /** With the tenant bound: the user's membership (roles, agency by code) and, if given, their seat in a group. */
    @Transactional
    public void storeMembership(UUID userId, List<String> roles, String agencyCode, String groupCode, String positionTitle) {
        PartnershipMembership m = PARTNERSHIP_MEMBERSHIP;
        dsl.insertInto(m)
                .set(m.TENANT_ID, currentTenantId())
                .set(m.ID, UUID.randomUUID())
                .set(m.USER_ID, userId)
                .set(m.ROLES, roles.toArray(String[]::new))
                .set(m.AGENCY_ID, field(select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.eq(agencyCode))))
                .onConflict(m.TENANT_ID, m.USER_ID).doUpdate()
                .set(m.ROLES, excluded(m.ROLES))
                .set(m.AGENCY_ID, excluded(m.AGENCY_ID))
                .where(row(m.ROLES, m.AGENCY_ID).isDistinctFrom(excluded(m.ROLES), excluded(m.AGENCY_ID)))
                .execute();
        if (groupCode != null) {
            dsl.update(GROUP_MEMBER)
                    .set(GROUP_MEMBER.USER_ID, userId)
                    .where(GROUP_MEMBER.GROUP_ID.eq(field(select(REVIEW_GROUP.ID).from(REVIEW_GROUP).where(REVIEW_GROUP.CODE.eq(groupCode)))),
                            GROUP_MEMBER.POSITION_TITLE.eq(positionTitle), GROUP_MEMBER.USER_ID.isDistinctFrom(userId))
                    .execute();
        }
    }
}
