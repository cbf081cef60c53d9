package uk.reviewhub.membership.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.SelectJoinStep;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.database.jooq.tables.PartnershipMembership;
import uk.reviewhub.database.jooq.tables.records.PartnershipMembershipRecord;
import uk.reviewhub.membership.domain.PartnershipRole;
import uk.reviewhub.partnership.domain.GroupMember;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;

/** Partnership roles ({@code partnership_membership}) with their dates, through row-level security, on jOOQ's generated tables. */
@Singleton
@Connectable
public class RoleStore {

    private static final PartnershipMembership M = PARTNERSHIP_MEMBERSHIP;

    private final DSLContext dsl;

    RoleStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PartnershipRole> all(LocalDate today) {
        return roles().orderBy(APP_USER.DISPLAY_NAME, M.ID).fetch(r -> view(r, today));
    }

    /** The role row, locked until the transaction ends. */
    public Optional<PartnershipRole> forUpdate(UUID roleId, LocalDate today) {
        return roles().where(M.ID.eq(roleId)).forUpdate().of(M).fetchOptional(r -> view(r, today));
    }

    public Optional<PartnershipRole> find(UUID roleId, LocalDate today) {
        return roles().where(M.ID.eq(roleId)).fetchOptional(r -> view(r, today));
    }

    private SelectJoinStep<Record3<PartnershipMembershipRecord, String, String>> roles() {
        return dsl.select(M, APP_USER.DISPLAY_NAME, APP_USER.EMAIL.cast(SQLDataType.VARCHAR))
                .from(M).join(APP_USER).on(APP_USER.ID.eq(M.USER_ID));
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(AGENCY, AGENCY.ID.eq(agencyId));
    }

    /** Writes the fields over the version read; answers 0 when it is stale. */
    public int update(UUID roleId, int readVersion, List<String> roles, @Nullable UUID agencyId, @Nullable LocalDate start,
                      @Nullable LocalDate end, @Nullable String endReason) {
        return dsl.update(M)
                .set(M.ROLES, roles.toArray(String[]::new))
                .set(M.AGENCY_ID, agencyId)
                .set(M.START_DATE, start)
                .set(M.END_DATE, end)
                .set(M.END_REASON, endReason)
                .set(M.VERSION, M.VERSION.plus(1))
                .where(M.ID.eq(roleId).and(M.VERSION.eq(readVersion)))
                .execute();
    }

    private static PartnershipRole view(Record3<PartnershipMembershipRecord, String, String> r, LocalDate today) {
        PartnershipMembershipRecord m = r.value1();
        LocalDate start = m.getStartDate();
        LocalDate end = m.getEndDate();
        return new PartnershipRole(m.getId(), m.getUserId(), r.value2(), r.value3(), Arrays.asList(m.getRoles()), m.getAgencyId(),
                start, end, m.getEndReason(), GroupMember.filledOn(start, end, today),
                m.getVersion());
    }
}
