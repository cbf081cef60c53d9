package uk.reviewhub.partnership.persistence;

import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.AgencyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.database.jooq.tables.TermsOfReference;
import uk.reviewhub.database.jooq.tables.records.AgencyRecord;
import uk.reviewhub.database.jooq.tables.records.GroupMemberRecord;
import uk.reviewhub.database.jooq.tables.records.ReviewGroupRecord;
import uk.reviewhub.database.jooq.tables.records.TermsOfReferenceRecord;
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

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.PACK_LOAD;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;
import static uk.reviewhub.database.jooq.Tables.TERMS_OF_REFERENCE;

/**
 * Reads the signed-in user's partnership, on jOOQ's generated tables. No query names a tenant: row-level security shows only
 * the rows of the tenant bound to the connection, so another tenant's ids are simply not found.
 */
@Singleton
@Connectable
public class PartnershipQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        return dsl.select(PARTNERSHIP.TENANT_ID, PARTNERSHIP.SLUG, PARTNERSHIP.NAME, PARTNERSHIP.SHORT_NAME, PARTNERSHIP.FORMER_NAME,
                        PARTNERSHIP.ARRANGEMENTS_PUBLISHED)
                .from(PARTNERSHIP)
                .fetchOptional(r -> new PartnershipRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** In the order the partnership lists them. */
    public List<AgencyView> agencies() {
        return dsl.selectFrom(AGENCY).orderBy(AGENCY.POSITION, AGENCY.NAME).fetch(PartnershipQueries::agency);
    }

    public List<ReviewGroupSummary> groups() {
        return dsl.selectFrom(REVIEW_GROUP).orderBy(REVIEW_GROUP.POSITION, REVIEW_GROUP.NAME).fetch(PartnershipQueries::group);
    }

    public Optional<ReviewGroupSummary> group(UUID groupId) {
        return dsl.selectFrom(REVIEW_GROUP).where(REVIEW_GROUP.ID.eq(groupId)).fetchOptional().map(PartnershipQueries::group);
    }

    /**
     * The group's seats with their agencies, in the partnership's agency order, then seat order;
     * {@code current} is worked out for {@code today}. Former members are included.
     */
    public List<MemberRow> members(UUID groupId, LocalDate today) {
        return dsl.select(GROUP_MEMBER.asterisk(), AGENCY.asterisk())
                .from(GROUP_MEMBER)
                .join(AGENCY).on(AGENCY.TENANT_ID.eq(GROUP_MEMBER.TENANT_ID), AGENCY.ID.eq(GROUP_MEMBER.AGENCY_ID))
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                .orderBy(AGENCY.POSITION, AGENCY.NAME, GROUP_MEMBER.POSITION, GROUP_MEMBER.START_DATE.nullsFirst(),
                        GROUP_MEMBER.POSITION_TITLE)
                .fetch(r -> {
                    AgencyView agency = agency(r.into(AGENCY));
                    return new MemberRow(agency, member(r.into(GROUP_MEMBER), agency, today));
                });
    }

    /** A seat as the API shows it, from a row with the seat's columns. */
    public static GroupMemberView member(GroupMemberRecord r, AgencyView agency, LocalDate today) {
        String deputyPost = r.getDeputyPost();
        String deputyName = r.getDeputyName();
        StandingDeputy deputy = deputyPost == null && deputyName == null ? null
                : new StandingDeputy(deputyPost, deputyName, Boolean.TRUE.equals(r.getDeputyDelegatedAuthority()),
                r.getDeputyFrom(), r.getDeputyTo());
        LocalDate start = r.getStartDate();
        LocalDate end = r.getEndDate();
        return new GroupMemberView(r.getId(), agency, r.getPositionTitle(), GroupRole.valueOf(r.getGroupRole()),
                MembershipKind.valueOf(r.getMembershipKind()), start, end, r.getUserId(), r.getEndReason(), deputy, r.getSource(),
                r.getVersion(), (start == null || !start.isAfter(today)) && (end == null || !end.isBefore(today)));
    }

    /** The current (highest) version of the group's terms of reference. */
    public Optional<TermsOfReferenceView> currentTermsOfReference(ReviewGroupSummary group) {
        return dsl.selectFrom(TERMS_OF_REFERENCE).where(TERMS_OF_REFERENCE.GROUP_ID.eq(group.id()))
                .orderBy(TERMS_OF_REFERENCE.VERSION.desc()).limit(1)
                .fetchOptional().map(r -> terms(group, r));
    }

    /** A version of the terms, with when and by whom it was made, and whether by the pack (PACK) or an admin (ADMIN). */
    public record TermsVersion(TermsOfReferenceView terms, java.time.Instant createdAt, UUID createdBy, String source) {
    }

    /** The latest pack load left the group's changed terms unapplied over the admin's version {@code adminVersion}. */
    public record TermsNotApplied(java.time.Instant loadedAt, int adminVersion, java.time.Instant editedAt) {
    }

    /** Every version of the group's terms of reference, newest first. */
    public List<TermsVersion> termsOfReferenceVersions(ReviewGroupSummary group) {
        return dsl.selectFrom(TERMS_OF_REFERENCE).where(TERMS_OF_REFERENCE.GROUP_ID.eq(group.id()))
                .orderBy(TERMS_OF_REFERENCE.VERSION.desc())
                .fetch(r -> new TermsVersion(terms(group, r), r.getCreatedAt().toInstant(), r.getCreatedBy(), r.getSource()));
    }

    /**
     * Whether the partnership's latest pack load (the pack as it stands) changed the group's terms of
     * reference but left them as an admin had edited them.
     */
    public Optional<TermsNotApplied> termsNotApplied(UUID groupId) {
        // The latest load's list (written by PackStore: groupId, adminVersion, editedAt as an ISO instant) is read here.
        return dsl.select(PACK_LOAD.LOADED_AT, PACK_LOAD.TERMS_NOT_APPLIED).from(PACK_LOAD)
                .orderBy(PACK_LOAD.LOADED_AT.desc(), PACK_LOAD.ID).limit(1)
                .fetchOptional()
                .flatMap(load -> {
                    if (load.value2() == null) {
                        return Optional.empty();
                    }
                    for (JsonNode n : json(load.value2())) {
                        if (groupId.toString().equals(n.path("groupId").asText())) {
                            return Optional.of(new TermsNotApplied(load.value1().toInstant(), n.path("adminVersion").asInt(),
                                    java.time.OffsetDateTime.parse(n.path("editedAt").asText()).toInstant()));
                        }
                    }
                    return Optional.empty();
                });
    }

    /**
     * Adds version {@code readVersion + 1}, an admin's edit, if {@code readVersion} is still the
     * current one; 0 rows when someone else's edit came first.
     */
    public int insertTermsOfReference(UUID groupId, int readVersion, TermsOfReferenceView t, UUID createdBy) {
        try {
            TermsOfReference tor = TERMS_OF_REFERENCE;
            return dsl.insertInto(tor, tor.TENANT_ID, tor.ID, tor.GROUP_ID, tor.VERSION, tor.PURPOSE, tor.FUNCTIONS, tor.REPORTING_LINE,
                            tor.CADENCE, tor.QUORUM, tor.DEADLINES, tor.PERFORMANCE_MEASURES, tor.LINKS, tor.LAST_REVIEWED_ON,
                            tor.REVIEW_DUE_ON, tor.CREATED_BY, tor.SOURCE)
                    .select(select(currentTenantId(), val(UUID.randomUUID(), tor.ID), val(groupId, tor.GROUP_ID),
                            val(readVersion + 1, tor.VERSION), val(t.purpose(), tor.PURPOSE),
                            val(JSON.writeValueAsString(t.functions()), tor.FUNCTIONS), val(t.reportingLine(), tor.REPORTING_LINE),
                            val(JSON.writeValueAsString(t.cadence()), tor.CADENCE), val(JSON.writeValueAsString(t.quorum()), tor.QUORUM),
                            val(JSON.writeValueAsString(t.deadlines()), tor.DEADLINES),
                            val(JSON.writeValueAsString(t.performanceMeasures()), tor.PERFORMANCE_MEASURES),
                            val(JSON.writeValueAsString(t.links()), tor.LINKS), val(t.lastReviewedOn(), tor.LAST_REVIEWED_ON),
                            val(t.reviewDueOn(), tor.REVIEW_DUE_ON), val(createdBy, tor.CREATED_BY), val("ADMIN", tor.SOURCE))
                            .where(field(select(max(tor.VERSION)).from(tor).where(tor.GROUP_ID.eq(groupId))).eq(readVersion)))
                    .onConflict(tor.TENANT_ID, tor.GROUP_ID, tor.VERSION).doNothing()
                    .execute();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TermsOfReferenceView terms(ReviewGroupSummary group, TermsOfReferenceRecord r) {
        JsonNode c = json(r.getCadence());
        JsonNode q = json(r.getQuorum());
        return new TermsOfReferenceView(group, r.getVersion(), r.getPurpose(),
                strings(json(r.getFunctions())), r.getReportingLine(),
                new TermsOfReferenceView.Cadence(text(c, "rrule"), c.path("description").asText(), integer(c, "durationMinutes"),
                        integer(c, "minimumMeetingsPerYear"), text(c, "notes")),
                new TermsOfReferenceView.Quorum(q.path("description").asText(), integer(q, "minimumDistinctAgencies"),
                        strings(q.path("requiredAgencyKinds")), strings(q.path("requiredAnyOfRoles")),
                        q.path("deputiesWithDelegatedAuthorityCount").asBoolean(false), integer(q, "apologiesFollowUpAfter")),
                list(json(r.getDeadlines()), d -> new TermsOfReferenceView.Deadline(d.path("code").asText(),
                        d.path("label").asText(), d.path("workingDays").asInt(), d.path("direction").asText())),
                list(json(r.getPerformanceMeasures()), m -> new TermsOfReferenceView.PerformanceMeasure(m.path("code").asText(),
                        m.path("label").asText(), integer(m, "targetPercent"))),
                strings(json(r.getLinks())),
                r.getLastReviewedOn(), r.getReviewDueOn());
    }

    /** An agency as the API shows it. */
    public static AgencyView agency(AgencyRecord r) {
        return new AgencyView(r.getId(), r.getCode(), r.getName(), AgencyKind.valueOf(r.getKind()), r.getStatutoryPartner(),
                r.getCompactSignedOn(), r.getSource(), r.getVersion());
    }

    private static ReviewGroupSummary group(ReviewGroupRecord r) {
        return new ReviewGroupSummary(r.getId(), r.getCode(), r.getName(), r.getShortName(), r.getFormerName());
    }

    private static JsonNode json(String text) {
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
