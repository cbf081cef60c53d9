package uk.reviewhub.membership.persistence;

import uk.reviewhub.api.vocabulary.GroupRole;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.SelectConditionStep;
import uk.reviewhub.database.jooq.tables.records.AgencyRecord;
import uk.reviewhub.database.jooq.tables.records.GroupMemberRecord;
import uk.reviewhub.membership.domain.MembershipChange;
import uk.reviewhub.membership.domain.MembershipChange.FieldChange;
import uk.reviewhub.membership.domain.Person;
import uk.reviewhub.partnership.domain.Agency;
import uk.reviewhub.partnership.domain.Deputy;
import uk.reviewhub.partnership.domain.GroupMember;
import uk.reviewhub.partnership.persistence.PartnershipQueries;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.MEMBERSHIP_CHANGE;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;

/**
 * The rows partnership admins manage: seats ({@code group_member}), agencies, and their history
 * ({@code membership_change}, insert and read only). No statement names a tenant: row-level
 * security keeps every one to the tenant bound to the connection, so another partnership's ids
 * are not found, and inserts take the tenant from {@code current_tenant_id()}.
 */
@Singleton
@Connectable
public class MembershipStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Rows written here are the admin's: a pack reload leaves them alone. */
    private static final String ADMIN = "ADMIN";
    private static final uk.reviewhub.database.jooq.tables.GroupMember M = GROUP_MEMBER;
    private static final uk.reviewhub.database.jooq.tables.Agency A = AGENCY;

    private final DSLContext dsl;

    MembershipStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The fields of a seat an admin writes. */
    public record SeatFields(UUID agencyId, String positionTitle, String groupRole, String membershipKind,
                             LocalDate startDate, LocalDate endDate, UUID userId, Deputy deputy) {
    }

    /** The fields of an agency an admin writes. */
    public record AgencyFields(String name, String kind, boolean statutoryPartner, LocalDate compactSignedOn) {
    }

    public boolean groupExists(UUID groupId) {
        return dsl.fetchExists(REVIEW_GROUP, REVIEW_GROUP.ID.eq(groupId));
    }

    public boolean isPartnershipUser(UUID userId) {
        return dsl.fetchExists(PARTNERSHIP_MEMBERSHIP, PARTNERSHIP_MEMBERSHIP.USER_ID.eq(userId));
    }

    /** The people with a role in the partnership, by name. */
    public List<Person> people() {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME, PARTNERSHIP_MEMBERSHIP.ROLES)
                .from(PARTNERSHIP_MEMBERSHIP).join(APP_USER).on(APP_USER.ID.eq(PARTNERSHIP_MEMBERSHIP.USER_ID))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(r -> new Person(r.value1(), r.value2(), List.of(r.value3())));
    }

    public Optional<Agency> agency(UUID agencyId) {
        return dsl.selectFrom(A).where(A.ID.eq(agencyId)).fetchOptional(PartnershipQueries::agency);
    }

    /** The agency, locked until the transaction ends. */
    public Optional<Agency> agencyForUpdate(UUID agencyId) {
        return dsl.selectFrom(A).where(A.ID.eq(agencyId)).forUpdate().fetchOptional(PartnershipQueries::agency);
    }

    public boolean agencyCodeTaken(String code) {
        return dsl.fetchExists(A, A.CODE.eq(code));
    }

    /** The seat of {@code groupId}, locked until the transaction ends; empty if not this group's (or not visible). */
    public Optional<GroupMember> seatForUpdate(UUID groupId, UUID memberId, LocalDate today) {
        return seatQuery(groupId, memberId).forUpdate().of(M).fetchOptional(r -> seat(r.value1(), r.value2(), today));
    }

    public Optional<GroupMember> seat(UUID groupId, UUID memberId, LocalDate today) {
        return seatQuery(groupId, memberId).fetchOptional(r -> seat(r.value1(), r.value2(), today));
    }

    private SelectConditionStep<Record2<GroupMemberRecord, AgencyRecord>> seatQuery(UUID groupId, UUID memberId) {
        return dsl.select(M, A).from(M).join(A).on(A.TENANT_ID.eq(M.TENANT_ID).and(A.ID.eq(M.AGENCY_ID)))
                .where(M.GROUP_ID.eq(groupId).and(M.ID.eq(memberId)));
    }

    /** The ids of the group's seats that hold the chair on {@code day}. */
    public List<UUID> chairsOn(UUID groupId, LocalDate day) {
        return dsl.select(M.ID).from(M)
                .where(M.GROUP_ID.eq(groupId).and(M.GROUP_ROLE.eq(GroupRole.CHAIR.name()))
                        .and(M.START_DATE.isNull().or(M.START_DATE.le(day)))
                        .and(M.END_DATE.isNull().or(M.END_DATE.ge(day))))
                .fetch(Record1::value1);
    }

    public UUID insertSeat(UUID groupId, SeatFields f) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(M)
                .set(M.TENANT_ID, currentTenantId())
                .set(M.ID, id)
                .set(M.GROUP_ID, groupId)
                .set(seatValues(f))
                .set(M.SOURCE, ADMIN)
                .set(M.POSITION, field(select(coalesce(max(M.POSITION).plus(1), 0)).from(M).where(M.GROUP_ID.eq(groupId))))
                .execute();
        return id;
    }

    /**
     * Writes the seat over the version read and makes it the admin's (a pack reload leaves it alone
     * from now on). 0 when someone else's change came first. A seat given no end date loses its end reason.
     */
    public int updateSeat(UUID memberId, int readVersion, SeatFields f) {
        GroupMemberRecord values = seatValues(f);
        if (f.endDate() == null) {
            values.setEndReason(null);
        }
        return dsl.update(M)
                .set(values)
                .set(M.SOURCE, ADMIN)
                .set(M.VERSION, M.VERSION.plus(1))
                .where(M.ID.eq(memberId).and(M.VERSION.eq(readVersion)))
                .execute();
    }

    private static GroupMemberRecord seatValues(SeatFields f) {
        Deputy d = f.deputy();
        GroupMemberRecord r = new GroupMemberRecord();
        r.setAgencyId(f.agencyId());
        r.setPositionTitle(f.positionTitle());
        r.setGroupRole(f.groupRole());
        r.setMembershipKind(f.membershipKind());
        r.setStartDate(f.startDate());
        r.setEndDate(f.endDate());
        r.setUserId(f.userId());
        r.setDeputyPost(d == null ? null : d.post());
        r.setDeputyName(d == null ? null : d.name());
        r.setDeputyDelegatedAuthority(d != null && d.delegatedAuthority());
        r.setDeputyFrom(d == null ? null : d.from());
        r.setDeputyTo(d == null ? null : d.to());
        return r;
    }

    public int endSeat(UUID memberId, int readVersion, LocalDate endDate, String reason) {
        return dsl.update(M)
                .set(M.END_DATE, endDate)
                .set(M.END_REASON, reason)
                .set(M.SOURCE, ADMIN)
                .set(M.VERSION, M.VERSION.plus(1))
                .where(M.ID.eq(memberId).and(M.VERSION.eq(readVersion)))
                .execute();
    }

    public UUID insertAgency(String code, AgencyFields f) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(A)
                .set(A.TENANT_ID, currentTenantId())
                .set(A.ID, id)
                .set(A.CODE, code)
                .set(agencyValues(f))
                .set(A.SOURCE, ADMIN)
                .set(A.POSITION, field(select(coalesce(max(A.POSITION).plus(1), 0)).from(A)))
                .execute();
        return id;
    }

    public int updateAgency(UUID agencyId, int readVersion, AgencyFields f) {
        return dsl.update(A)
                .set(agencyValues(f))
                .set(A.SOURCE, ADMIN)
                .set(A.VERSION, A.VERSION.plus(1))
                .where(A.ID.eq(agencyId).and(A.VERSION.eq(readVersion)))
                .execute();
    }

    private static AgencyRecord agencyValues(AgencyFields f) {
        AgencyRecord r = new AgencyRecord();
        r.setName(f.name());
        r.setKind(f.kind());
        r.setStatutoryPartner(f.statutoryPartner());
        r.setCompactSignedOn(f.compactSignedOn());
        return r;
    }

    /** Appends one entry to the history (by an admin: {@code changedBy} is set). */
    public void record(String subject, UUID subjectId, UUID groupId, String action, List<FieldChange> changes, String reason,
                       UUID changedBy) {
        dsl.insertInto(MEMBERSHIP_CHANGE)
                .set(MEMBERSHIP_CHANGE.TENANT_ID, currentTenantId())
                .set(MEMBERSHIP_CHANGE.ID, UUID.randomUUID())
                .set(MEMBERSHIP_CHANGE.SUBJECT, subject)
                .set(MEMBERSHIP_CHANGE.SUBJECT_ID, subjectId)
                .set(MEMBERSHIP_CHANGE.GROUP_ID, groupId)
                .set(MEMBERSHIP_CHANGE.ACTION, action)
                .set(MEMBERSHIP_CHANGE.CHANGES, json(changes))
                .set(MEMBERSHIP_CHANGE.REASON, reason)
                .set(MEMBERSHIP_CHANGE.SOURCE, ADMIN)
                .set(MEMBERSHIP_CHANGE.CHANGED_BY, changedBy)
                .execute();
    }

    /** The history of one seat or agency, oldest first. */
    public List<MembershipChange> history(UUID subjectId) {
        return history(MEMBERSHIP_CHANGE.SUBJECT_ID.eq(subjectId));
    }

    /** The history of every seat of the group, oldest first. */
    public List<MembershipChange> groupHistory(UUID groupId) {
        return history(MEMBERSHIP_CHANGE.GROUP_ID.eq(groupId));
    }

    private List<MembershipChange> history(Condition which) {
        var c = MEMBERSHIP_CHANGE;
        return dsl.select(c.ID, c.SUBJECT, c.SUBJECT_ID, coalesce(M.POSITION_TITLE, A.NAME), c.ACTION, c.CHANGES, c.REASON,
                        c.SOURCE, c.CHANGED_BY, APP_USER.DISPLAY_NAME, c.CHANGED_AT)
                .from(c)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(c.CHANGED_BY))
                .leftJoin(M).on(c.SUBJECT.eq("MEMBER").and(M.TENANT_ID.eq(c.TENANT_ID)).and(M.ID.eq(c.SUBJECT_ID)))
                .leftJoin(A).on(c.SUBJECT.eq("AGENCY").and(A.TENANT_ID.eq(c.TENANT_ID)).and(A.ID.eq(c.SUBJECT_ID)))
                .where(which)
                .orderBy(c.CHANGED_AT, c.ID)
                .fetch(r -> new MembershipChange(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), changes(r.value6()),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11().toInstant()));
    }

    private static List<FieldChange> changes(String text) {
        try {
            return JSON.readValue(text, new TypeReference<List<Map<String, String>>>() { })
                    .stream().map(m -> new FieldChange(m.get("field"), m.get("before"), m.get("after"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(List<FieldChange> changes) {
        try {
            return JSON.writeValueAsString(changes.stream().map(c -> {
                Map<String, String> m = new java.util.LinkedHashMap<>();
                m.put("field", c.field());
                m.put("before", c.before());
                m.put("after", c.after());
                return m;
            }).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GroupMember seat(GroupMemberRecord m, AgencyRecord a, LocalDate today) {
        return PartnershipQueries.member(m, PartnershipQueries.agency(a), today);
    }
}
