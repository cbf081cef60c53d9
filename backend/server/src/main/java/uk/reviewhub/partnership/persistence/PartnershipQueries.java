package uk.reviewhub.partnership.persistence;

import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.AgencyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.StandingDeputy;
import uk.reviewhub.api.partnership.TermsOfReferenceView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the signed-in user's partnership. No query names a tenant: row-level security shows only
 * the rows of the tenant bound to the connection, so another tenant's ids are simply not found.
 */
@Singleton
@Connectable
public class PartnershipQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGENCY_COLUMNS = "a.id as agency_id, a.code as agency_code, a.name as agency_name, "
            + "a.kind as agency_kind, a.statutory_partner, a.compact_signed_on, a.source as agency_source, "
            + "a.version as agency_version";

    private final DSLContext dsl;

    PartnershipQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record PartnershipRow(UUID id, String slug, String name, String shortName, String formerName,
                                 LocalDate arrangementsPublished) {
    }

    public record MemberRow(AgencyView agency, GroupMemberView member) {
    }

    public Optional<PartnershipRow> partnership() {
        return dsl.fetchOptional("select tenant_id, slug, name, short_name, former_name, arrangements_published from partnership")
                .map(r -> new PartnershipRow(r.get("tenant_id", UUID.class), r.get("slug", String.class), r.get("name", String.class),
                        r.get("short_name", String.class), r.get("former_name", String.class),
                        r.get("arrangements_published", LocalDate.class)));
    }

    /** In the order the partnership lists them. */
    public List<AgencyView> agencies() {
        return dsl.fetch("select " + AGENCY_COLUMNS + " from agency a order by a.position, a.name").map(PartnershipQueries::agency);
    }

    public List<ReviewGroupSummary> groups() {
        return dsl.fetch("select id, code, name, short_name, former_name from review_group order by position, name")
                .map(PartnershipQueries::group);
    }

    public Optional<ReviewGroupSummary> group(UUID groupId) {
        return dsl.fetchOptional("select id, code, name, short_name, former_name from review_group where id = ?", groupId)
                .map(PartnershipQueries::group);
    }

    /**
     * The group's seats with their agencies, in the partnership's agency order, then seat order;
     * {@code current} is worked out for {@code today}. Former members are included.
     */
    public List<MemberRow> members(UUID groupId, LocalDate today) {
        return dsl.fetch("""
                select m.id, m.position_title, m.group_role, m.membership_kind, m.start_date, m.end_date, m.user_id,
                       m.end_reason, m.deputy_post, m.deputy_name, m.deputy_delegated_authority, m.deputy_from, m.deputy_to,
                       m.source, m.version, %s
                  from group_member m
                  join agency a on a.tenant_id = m.tenant_id and a.id = m.agency_id
                 where m.group_id = ?
                 order by a.position, a.name, m.position, m.start_date nulls first, m.position_title""".formatted(AGENCY_COLUMNS),
                        groupId)
                .map(r -> {
                    AgencyView agency = agency(r);
                    return new MemberRow(agency, member(r, agency, today));
                });
    }

    /** A seat as the API shows it, from a row with the seat's columns. */
    public static GroupMemberView member(Record r, AgencyView agency, LocalDate today) {
        String deputyPost = r.get("deputy_post", String.class);
        String deputyName = r.get("deputy_name", String.class);
        StandingDeputy deputy = deputyPost == null && deputyName == null ? null
                : new StandingDeputy(deputyPost, deputyName, Boolean.TRUE.equals(r.get("deputy_delegated_authority", Boolean.class)),
                r.get("deputy_from", LocalDate.class), r.get("deputy_to", LocalDate.class));
        LocalDate start = r.get("start_date", LocalDate.class);
        LocalDate end = r.get("end_date", LocalDate.class);
        return new GroupMemberView(r.get("id", UUID.class), agency,
                r.get("position_title", String.class), GroupRole.valueOf(r.get("group_role", String.class)),
                MembershipKind.valueOf(r.get("membership_kind", String.class)), start, end, r.get("user_id", UUID.class),
                r.get("end_reason", String.class), deputy, r.get("source", String.class), r.get("version", Integer.class),
                (start == null || !start.isAfter(today)) && (end == null || !end.isBefore(today)));
    }

    /** The current (highest) version of the group's terms of reference. */
    public Optional<TermsOfReferenceView> currentTermsOfReference(ReviewGroupSummary group) {
        return dsl.fetchOptional("""
                select version, purpose, functions, reporting_line, cadence, quorum, deadlines, performance_measures, links,
                       last_reviewed_on, review_due_on
                  from terms_of_reference where group_id = ? order by version desc limit 1""", group.id())
                .map(r -> terms(group, r));
    }

    /** A version of the terms, with when and by whom it was made, and whether by the pack (PACK) or an admin (ADMIN). */
    public record TermsVersion(TermsOfReferenceView terms, java.time.Instant createdAt, UUID createdBy, String source) {
    }

    /** The latest pack load left the group's changed terms unapplied over the admin's version {@code adminVersion}. */
    public record TermsNotApplied(java.time.Instant loadedAt, int adminVersion, java.time.Instant editedAt) {
    }

    /** Every version of the group's terms of reference, newest first. */
    public List<TermsVersion> termsOfReferenceVersions(ReviewGroupSummary group) {
        return dsl.fetch("""
                select version, purpose, functions, reporting_line, cadence, quorum, deadlines, performance_measures, links,
                       last_reviewed_on, review_due_on, created_at, created_by, source
                  from terms_of_reference where group_id = ? order by version desc""", group.id())
                .map(r -> new TermsVersion(terms(group, r), r.get("created_at", java.time.OffsetDateTime.class).toInstant(),
                        r.get("created_by", UUID.class), r.get("source", String.class)));
    }

    /**
     * Whether the partnership's latest pack load (the pack as it stands) changed the group's terms of
     * reference but left them as an admin had edited them.
     */
    public Optional<TermsNotApplied> termsNotApplied(UUID groupId) {
        return dsl.fetchOptional("""
                select l.loaded_at, (n ->> 'adminVersion')::int as admin_version, (n ->> 'editedAt')::timestamptz as edited_at
                  from (select loaded_at, terms_not_applied from pack_load order by loaded_at desc, id limit 1) l,
                       jsonb_array_elements(l.terms_not_applied) n
                 where n ->> 'groupId' = ?::text""", groupId.toString())
                .map(r -> new TermsNotApplied(r.get("loaded_at", java.time.OffsetDateTime.class).toInstant(),
                        r.get("admin_version", Integer.class), r.get("edited_at", java.time.OffsetDateTime.class).toInstant()));
    }

    /**
     * Adds version {@code readVersion + 1}, an admin's edit, if {@code readVersion} is still the
     * current one; 0 rows when someone else's edit came first.
     */
    public int insertTermsOfReference(UUID groupId, int readVersion, TermsOfReferenceView t, UUID createdBy) {
        try {
            return dsl.execute("""
                    insert into terms_of_reference (tenant_id, id, group_id, version, purpose, functions, reporting_line, cadence,
                                                    quorum, deadlines, performance_measures, links, last_reviewed_on,
                                                    review_due_on, created_by, source)
                    select current_tenant_id(), gen_random_uuid(), ?, ? + 1, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb,
                           ?::jsonb, ?::date, ?::date, ?, 'ADMIN'
                     where (select max(version) from terms_of_reference where group_id = ?) = ?
                    on conflict (tenant_id, group_id, version) do nothing""",
                    groupId, readVersion, t.purpose(), JSON.writeValueAsString(t.functions()), t.reportingLine(),
                    JSON.writeValueAsString(t.cadence()), JSON.writeValueAsString(t.quorum()),
                    JSON.writeValueAsString(t.deadlines()), JSON.writeValueAsString(t.performanceMeasures()),
                    JSON.writeValueAsString(t.links()), t.lastReviewedOn(), t.reviewDueOn(), createdBy, groupId, readVersion);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TermsOfReferenceView terms(ReviewGroupSummary group, Record r) {
        JsonNode c = json(r, "cadence");
        JsonNode q = json(r, "quorum");
        return new TermsOfReferenceView(group, r.get("version", Integer.class), r.get("purpose", String.class),
                strings(json(r, "functions")), r.get("reporting_line", String.class),
                new TermsOfReferenceView.Cadence(text(c, "rrule"), c.path("description").asText(), integer(c, "durationMinutes"),
                        integer(c, "minimumMeetingsPerYear"), text(c, "notes")),
                new TermsOfReferenceView.Quorum(q.path("description").asText(), integer(q, "minimumDistinctAgencies"),
                        strings(q.path("requiredAgencyKinds")), strings(q.path("requiredAnyOfRoles")),
                        q.path("deputiesWithDelegatedAuthorityCount").asBoolean(false), integer(q, "apologiesFollowUpAfter")),
                list(json(r, "deadlines"), d -> new TermsOfReferenceView.Deadline(d.path("code").asText(),
                        d.path("label").asText(), d.path("workingDays").asInt(), d.path("direction").asText())),
                list(json(r, "performance_measures"), m -> new TermsOfReferenceView.PerformanceMeasure(m.path("code").asText(),
                        m.path("label").asText(), integer(m, "targetPercent"))),
                strings(json(r, "links")),
                r.get("last_reviewed_on", LocalDate.class), r.get("review_due_on", LocalDate.class));
    }

    /** An agency as the API shows it, from a row with {@code AGENCY_COLUMNS}. */
    public static AgencyView agency(Record r) {
        return new AgencyView(r.get("agency_id", UUID.class), r.get("agency_code", String.class), r.get("agency_name", String.class),
                AgencyKind.valueOf(r.get("agency_kind", String.class)), r.get("statutory_partner", Boolean.class),
                r.get("compact_signed_on", LocalDate.class), r.get("agency_source", String.class),
                r.get("agency_version", Integer.class));
    }

    private static ReviewGroupSummary group(Record r) {
        return new ReviewGroupSummary(r.get("id", UUID.class), r.get("code", String.class), r.get("name", String.class),
                r.get("short_name", String.class), r.get("former_name", String.class));
    }

    private static JsonNode json(Record r, String column) {
        Object value = r.get(column);
        String text = value instanceof JSONB jsonb ? jsonb.data() : String.valueOf(value);
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(n -> items.add(item.apply(n)));
        return items;
    }
}
