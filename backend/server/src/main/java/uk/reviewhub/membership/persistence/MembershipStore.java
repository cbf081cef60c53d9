package uk.reviewhub.membership.persistence;

import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.AgencyKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.MembershipChangeView.FieldChange;
import uk.reviewhub.api.partnership.PartnershipPersonView;
import uk.reviewhub.api.partnership.StandingDeputy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
    private static final String AGENCY_COLUMNS = "a.id as agency_id, a.code as agency_code, a.name as agency_name, "
            + "a.kind as agency_kind, a.statutory_partner, a.compact_signed_on, a.source as agency_source, "
            + "a.version as agency_version";
    private static final String MEMBER_COLUMNS = "m.id, m.group_id, m.position_title, m.group_role, m.membership_kind, "
            + "m.start_date, m.end_date, m.user_id, m.end_reason, m.deputy_post, m.deputy_name, m.deputy_delegated_authority, "
            + "m.deputy_from, m.deputy_to, m.source, m.version";

    private final DSLContext dsl;

    MembershipStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The fields of a seat an admin writes. */
    public record SeatFields(UUID agencyId, String positionTitle, String groupRole, String membershipKind,
                             LocalDate startDate, LocalDate endDate, UUID userId, StandingDeputy deputy) {
    }

    /** The fields of an agency an admin writes. */
    public record AgencyFields(String name, String kind, boolean statutoryPartner, LocalDate compactSignedOn) {
    }

    public boolean groupExists(UUID groupId) {
        return dsl.fetchExists(dsl.selectOne().from("review_group").where("id = ?", groupId));
    }

    public boolean isPartnershipUser(UUID userId) {
        return dsl.fetchExists(dsl.selectOne().from("partnership_membership").where("user_id = ?", userId));
    }

    /** The people with a role in the partnership, by name. */
    public List<PartnershipPersonView> people() {
        return dsl.fetch("""
                select u.id, u.display_name, array_to_string(m.roles, ',') as roles from partnership_membership m join app_user u on u.id = m.user_id
                 order by u.display_name, u.id""")
                .map(r -> new PartnershipPersonView(r.get("id", UUID.class), r.get("display_name", String.class),
                        List.of(r.get("roles", String.class).split(","))));
    }

    public Optional<AgencyView> agency(UUID agencyId) {
        return dsl.fetchOptional("select " + AGENCY_COLUMNS + " from agency a where a.id = ?", agencyId)
                .map(MembershipStore::agency);
    }

    /** The agency, locked until the transaction ends. */
    public Optional<AgencyView> agencyForUpdate(UUID agencyId) {
        return dsl.fetchOptional("select " + AGENCY_COLUMNS + " from agency a where a.id = ? for update", agencyId)
                .map(MembershipStore::agency);
    }

    public boolean agencyCodeTaken(String code) {
        return dsl.fetchExists(dsl.selectOne().from("agency").where("code = ?", code));
    }

    /** The seat of {@code groupId}, locked until the transaction ends; empty if not this group's (or not visible). */
    public Optional<GroupMemberView> seatForUpdate(UUID groupId, UUID memberId, LocalDate today) {
        return dsl.fetchOptional("select " + MEMBER_COLUMNS + ", " + AGENCY_COLUMNS + """
                 from group_member m join agency a on a.tenant_id = m.tenant_id and a.id = m.agency_id
                where m.group_id = ? and m.id = ? for update of m""", groupId, memberId)
                .map(r -> seat(r, today));
    }

    public Optional<GroupMemberView> seat(UUID groupId, UUID memberId, LocalDate today) {
        return dsl.fetchOptional("select " + MEMBER_COLUMNS + ", " + AGENCY_COLUMNS + """
                 from group_member m join agency a on a.tenant_id = m.tenant_id and a.id = m.agency_id
                where m.group_id = ? and m.id = ?""", groupId, memberId)
                .map(r -> seat(r, today));
    }

    /** The ids of the group's seats that hold the chair on {@code day}. */
    public List<UUID> chairsOn(UUID groupId, LocalDate day) {
        return dsl.fetch("""
                select id from group_member
                 where group_id = ? and group_role = 'CHAIR'
                   and (start_date is null or start_date <= ?::date) and (end_date is null or end_date >= ?::date)""",
                groupId, day, day).map(r -> r.get(0, UUID.class));
    }

    public UUID insertSeat(UUID groupId, SeatFields f) {
        UUID id = UUID.randomUUID();
        StandingDeputy d = f.deputy();
        dsl.execute("""
                insert into group_member (tenant_id, id, group_id, agency_id, position_title, group_role, membership_kind,
                                          start_date, end_date, user_id, deputy_post, deputy_name, deputy_delegated_authority,
                                          deputy_from, deputy_to, source, pack_key, position)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?, ?, ?, ?::date, ?::date, 'ADMIN', null,
                        coalesce((select max(position) + 1 from group_member where group_id = ?), 0))""",
                id, groupId, f.agencyId(), f.positionTitle(), f.groupRole(), f.membershipKind(), f.startDate(), f.endDate(),
                f.userId(), d == null ? null : d.post(), d == null ? null : d.name(), d != null && d.delegatedAuthority(),
                d == null ? null : d.from(), d == null ? null : d.to(), groupId);
        return id;
    }

    /**
     * Writes the seat over the version read and makes it the admin's (a pack reload leaves it alone
     * from now on). 0 when someone else's change came first.
     */
    public int updateSeat(UUID memberId, int readVersion, SeatFields f) {
        StandingDeputy d = f.deputy();
        return dsl.execute("""
                update group_member set agency_id = ?, position_title = ?, group_role = ?, membership_kind = ?,
                       start_date = ?::date, end_date = ?::date, user_id = ?, deputy_post = ?, deputy_name = ?,
                       deputy_delegated_authority = ?, deputy_from = ?::date, deputy_to = ?::date,
                       end_reason = case when ?::date is null then null else end_reason end,
                       source = 'ADMIN', version = version + 1
                 where id = ? and version = ?""",
                f.agencyId(), f.positionTitle(), f.groupRole(), f.membershipKind(), f.startDate(), f.endDate(), f.userId(),
                d == null ? null : d.post(), d == null ? null : d.name(), d != null && d.delegatedAuthority(),
                d == null ? null : d.from(), d == null ? null : d.to(), f.endDate(), memberId, readVersion);
    }

    public int endSeat(UUID memberId, int readVersion, LocalDate endDate, String reason) {
        return dsl.execute("""
                update group_member set end_date = ?::date, end_reason = ?, source = 'ADMIN', version = version + 1
                 where id = ? and version = ?""", endDate, reason, memberId, readVersion);
    }

    public UUID insertAgency(String code, AgencyFields f) {
        UUID id = UUID.randomUUID();
        dsl.execute("""
                insert into agency (tenant_id, id, code, name, kind, statutory_partner, compact_signed_on, source, position)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?::date, 'ADMIN', coalesce((select max(position) + 1 from agency), 0))""",
                id, code, f.name(), f.kind(), f.statutoryPartner(), f.compactSignedOn());
        return id;
    }

    public int updateAgency(UUID agencyId, int readVersion, AgencyFields f) {
        return dsl.execute("""
                update agency set name = ?, kind = ?, statutory_partner = ?, compact_signed_on = ?::date, source = 'ADMIN',
                       version = version + 1
                 where id = ? and version = ?""",
                f.name(), f.kind(), f.statutoryPartner(), f.compactSignedOn(), agencyId, readVersion);
    }

    /** Appends one entry to the history (by an admin: {@code changedBy} is set). */
    public void record(String subject, UUID subjectId, UUID groupId, String action, List<FieldChange> changes, String reason,
                       UUID changedBy) {
        dsl.execute("""
                insert into membership_change (tenant_id, id, subject, subject_id, group_id, action, changes, reason, source,
                                               changed_by)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, ?, 'ADMIN', ?)""",
                subject, subjectId, groupId, action, json(changes), reason, changedBy);
    }

    /** The history of one seat or agency, oldest first. */
    public List<MembershipChangeView> history(UUID subjectId) {
        return dsl.fetch(HISTORY + " where c.subject_id = ? order by c.changed_at, c.id", subjectId).map(MembershipStore::change);
    }

    /** The history of every seat of the group, oldest first. */
    public List<MembershipChangeView> groupHistory(UUID groupId) {
        return dsl.fetch(HISTORY + " where c.group_id = ? order by c.changed_at, c.id", groupId).map(MembershipStore::change);
    }

    private static final String HISTORY = """
            select c.id, c.subject, c.subject_id, c.action, c.changes, c.reason, c.source, c.changed_by, c.changed_at,
                   u.display_name, coalesce(m.position_title, a.name) as subject_name
              from membership_change c
              left join app_user u on u.id = c.changed_by
              left join group_member m on c.subject = 'MEMBER' and m.tenant_id = c.tenant_id and m.id = c.subject_id
              left join agency a on c.subject = 'AGENCY' and a.tenant_id = c.tenant_id and a.id = c.subject_id""";

    private static MembershipChangeView change(Record r) {
        Object value = r.get("changes");
        String text = value instanceof JSONB jsonb ? jsonb.data() : String.valueOf(value);
        List<FieldChange> changes;
        try {
            changes = JSON.readValue(text, new TypeReference<List<Map<String, String>>>() { })
                    .stream().map(m -> new FieldChange(m.get("field"), m.get("before"), m.get("after"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new MembershipChangeView(r.get("id", UUID.class), r.get("subject", String.class), r.get("subject_id", UUID.class),
                r.get("subject_name", String.class), r.get("action", String.class), changes, r.get("reason", String.class), r.get("source", String.class),
                r.get("changed_by", UUID.class), r.get("display_name", String.class),
                r.get("changed_at", OffsetDateTime.class).toInstant());
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

    private static GroupMemberView seat(Record r, LocalDate today) {
        AgencyView agency = agency(r);
        String deputyPost = r.get("deputy_post", String.class);
        String deputyName = r.get("deputy_name", String.class);
        StandingDeputy deputy = deputyPost == null && deputyName == null ? null
                : new StandingDeputy(deputyPost, deputyName, Boolean.TRUE.equals(r.get("deputy_delegated_authority", Boolean.class)),
                r.get("deputy_from", LocalDate.class), r.get("deputy_to", LocalDate.class));
        LocalDate start = r.get("start_date", LocalDate.class);
        LocalDate end = r.get("end_date", LocalDate.class);
        return new GroupMemberView(r.get("id", UUID.class), agency, r.get("position_title", String.class),
                GroupRole.valueOf(r.get("group_role", String.class)), MembershipKind.valueOf(r.get("membership_kind", String.class)), start, end, r.get("user_id", UUID.class),
                r.get("end_reason", String.class), deputy, r.get("source", String.class), r.get("version", Integer.class),
                (start == null || !start.isAfter(today)) && (end == null || !end.isBefore(today)));
    }

    private static AgencyView agency(Record r) {
        return new AgencyView(r.get("agency_id", UUID.class), r.get("agency_code", String.class), r.get("agency_name", String.class),
                AgencyKind.valueOf(r.get("agency_kind", String.class)), r.get("statutory_partner", Boolean.class),
                r.get("compact_signed_on", LocalDate.class), r.get("agency_source", String.class),
                r.get("agency_version", Integer.class));
    }
}
