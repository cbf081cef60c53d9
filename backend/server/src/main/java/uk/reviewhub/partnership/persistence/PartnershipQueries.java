package uk.reviewhub.partnership.persistence;

import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.AgencyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.database.RenderedOnce;
import uk.reviewhub.database.jooq.tables.records.AgencyRecord;
import uk.reviewhub.database.jooq.tables.records.GroupMemberRecord;
import uk.reviewhub.database.jooq.tables.records.ReviewGroupRecord;
import uk.reviewhub.database.jooq.tables.records.TermsOfReferenceRecord;
import uk.reviewhub.pack.TermsOfReference;
import uk.reviewhub.partnership.domain.Agency;
import uk.reviewhub.partnership.domain.Deputy;
import uk.reviewhub.partnership.domain.Group;
import uk.reviewhub.partnership.domain.GroupMember;
import uk.reviewhub.partnership.domain.GroupTerms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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

    /*
     * The columns each mapping below reads, and all that the reads feeding it here select: the whole rows
     * carry what the page never shows (a group's expectations, frameworks and notes; positions;
     * pack keys), which PostgreSQL would read and send and the backend decode at every request.
     * PartnershipQueriesColumnsSpec fails if a mapping reads a column left out here.
     */
    /** What {@link #agency(AgencyRecord)} reads. */
    public static final List<Field<?>> AGENCY_COLUMNS = List.of(AGENCY.ID, AGENCY.CODE, AGENCY.NAME, AGENCY.KIND,
            AGENCY.STATUTORY_PARTNER, AGENCY.COMPACT_SIGNED_ON, AGENCY.SOURCE, AGENCY.VERSION);
    /** What {@link #member(GroupMemberRecord, Agency, LocalDate)} reads. */
    public static final List<Field<?>> SEAT_COLUMNS = List.of(GROUP_MEMBER.ID, GROUP_MEMBER.POSITION_TITLE,
            GROUP_MEMBER.GROUP_ROLE, GROUP_MEMBER.MEMBERSHIP_KIND, GROUP_MEMBER.START_DATE, GROUP_MEMBER.END_DATE,
            GROUP_MEMBER.USER_ID, GROUP_MEMBER.END_REASON, GROUP_MEMBER.DEPUTY_POST, GROUP_MEMBER.DEPUTY_NAME,
            GROUP_MEMBER.DEPUTY_DELEGATED_AUTHORITY, GROUP_MEMBER.DEPUTY_FROM, GROUP_MEMBER.DEPUTY_TO, GROUP_MEMBER.SOURCE,
            GROUP_MEMBER.VERSION);
    /** What {@link #group(ReviewGroupRecord)} reads. */
    public static final List<Field<?>> GROUP_COLUMNS = List.of(REVIEW_GROUP.ID, REVIEW_GROUP.CODE, REVIEW_GROUP.NAME,
            REVIEW_GROUP.SHORT_NAME, REVIEW_GROUP.FORMER_NAME);

    /** The two reads of a group's members page, which every view of a group makes (rendered once: {@link RenderedOnce}). */
    private static final RenderedOnce<Record> GROUP_BY_ID = RenderedOnce.of(dsl -> dsl.select(GROUP_COLUMNS)
            .from(REVIEW_GROUP).where(REVIEW_GROUP.ID.eq(val((UUID) null, SQLDataType.UUID))));
    private static final RenderedOnce<Record> SEATS_OF_GROUP = RenderedOnce.of(dsl -> dsl.select(SEAT_COLUMNS)
            .select(AGENCY_COLUMNS)
            .from(GROUP_MEMBER)
            .join(AGENCY).on(AGENCY.TENANT_ID.eq(GROUP_MEMBER.TENANT_ID), AGENCY.ID.eq(GROUP_MEMBER.AGENCY_ID))
            .where(GROUP_MEMBER.GROUP_ID.eq(val((UUID) null, SQLDataType.UUID)))
            .orderBy(AGENCY.POSITION, AGENCY.NAME, GROUP_MEMBER.POSITION, GROUP_MEMBER.START_DATE.nullsFirst(),
                    GROUP_MEMBER.POSITION_TITLE));

    private final DSLContext dsl;

    PartnershipQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record PartnershipRow(UUID id, String slug, String name, String shortName, String formerName,
                                 LocalDate arrangementsPublished) {
    }

    public record MemberRow(Agency agency, GroupMember member) {
    }

    public Optional<PartnershipRow> partnership() {
        return dsl.select(PARTNERSHIP.TENANT_ID, PARTNERSHIP.SLUG, PARTNERSHIP.NAME, PARTNERSHIP.SHORT_NAME, PARTNERSHIP.FORMER_NAME,
                        PARTNERSHIP.ARRANGEMENTS_PUBLISHED)
                .from(PARTNERSHIP)
                .fetchOptional(r -> new PartnershipRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** In the order the partnership lists them. */
    public List<Agency> agencies() {
        return dsl.select(AGENCY_COLUMNS).from(AGENCY).orderBy(AGENCY.POSITION, AGENCY.NAME).fetch(r -> agency(r.into(AGENCY)));
    }

    public List<Group> groups() {
        return dsl.select(GROUP_COLUMNS).from(REVIEW_GROUP).orderBy(REVIEW_GROUP.POSITION, REVIEW_GROUP.NAME)
                .fetch(r -> group(r.into(REVIEW_GROUP)));
    }

    public Optional<Group> group(UUID groupId) {
        return GROUP_BY_ID.fetchOptional(dsl, groupId).map(r -> group(r.into(REVIEW_GROUP)));
    }

    /**
     * The group's seats with their agencies, in the partnership's agency order, then seat order;
     * {@code current} is worked out for {@code today}. Former members are included.
     */
    public List<MemberRow> members(UUID groupId, LocalDate today) {
        return SEATS_OF_GROUP.fetch(dsl, groupId).map(r -> {
            Agency agency = agency(r.into(AGENCY));
            return new MemberRow(agency, member(r.into(GROUP_MEMBER), agency, today));
        });
    }

    /** A seat, from a row with the seat's columns; {@code current} for {@code today}. */
    public static GroupMember member(GroupMemberRecord r, Agency agency, LocalDate today) {
        String deputyPost = r.getDeputyPost();
        String deputyName = r.getDeputyName();
        Deputy deputy = deputyPost == null && deputyName == null ? null
                : new Deputy(deputyPost, deputyName, Boolean.TRUE.equals(r.getDeputyDelegatedAuthority()), r.getDeputyFrom(),
                r.getDeputyTo());
        LocalDate start = r.getStartDate();
        LocalDate end = r.getEndDate();
        return new GroupMember(r.getId(), agency, r.getPositionTitle(), GroupRole.valueOf(r.getGroupRole()),
                MembershipKind.valueOf(r.getMembershipKind()), start, end, r.getUserId(), r.getEndReason(), deputy, r.getSource(),
                r.getVersion(), GroupMember.filledOn(start, end, today));
    }

    /** The current (highest) version of the group's terms of reference. */
    public Optional<GroupTerms> currentTermsOfReference(Group group) {
        return dsl.selectFrom(TERMS_OF_REFERENCE).where(TERMS_OF_REFERENCE.GROUP_ID.eq(group.id()))
                .orderBy(TERMS_OF_REFERENCE.VERSION.desc()).limit(1)
                .fetchOptional().map(r -> terms(group, r));
    }

    /** A version of the terms, with when and by whom it was made, and whether by the pack (PACK) or an admin (ADMIN). */
    public record TermsVersion(GroupTerms terms, Instant createdAt, UUID createdBy, String source) {
    }

    /** The latest pack load left the group's changed terms unapplied over the admin's version {@code adminVersion}. */
    public record TermsNotApplied(Instant loadedAt, int adminVersion, Instant editedAt) {
    }

    /** Every version of the group's terms of reference, newest first. */
    public List<TermsVersion> termsOfReferenceVersions(Group group) {
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
    public int insertTermsOfReference(UUID groupId, int readVersion, TermsOfReference terms, UUID createdBy) {
        var tor = TERMS_OF_REFERENCE;
        TermsOfReferenceRecord c = TermsOfReferenceCodec.write(terms);
        return dsl.insertInto(tor, tor.TENANT_ID, tor.ID, tor.GROUP_ID, tor.VERSION, tor.PURPOSE, tor.FUNCTIONS, tor.REPORTING_LINE,
                        tor.CADENCE, tor.QUORUM, tor.DEADLINES, tor.PERFORMANCE_MEASURES, tor.LINKS, tor.LAST_REVIEWED_ON,
                        tor.REVIEW_DUE_ON, tor.CREATED_BY, tor.SOURCE)
                .select(select(currentTenantId(), val(UUID.randomUUID(), tor.ID), val(groupId, tor.GROUP_ID),
                        val(readVersion + 1, tor.VERSION), val(c.getPurpose(), tor.PURPOSE), val(c.getFunctions(), tor.FUNCTIONS),
                        val(c.getReportingLine(), tor.REPORTING_LINE), val(c.getCadence(), tor.CADENCE), val(c.getQuorum(), tor.QUORUM),
                        val(c.getDeadlines(), tor.DEADLINES), val(c.getPerformanceMeasures(), tor.PERFORMANCE_MEASURES),
                        val(c.getLinks(), tor.LINKS), val(c.getLastReviewedOn(), tor.LAST_REVIEWED_ON),
                        val(c.getReviewDueOn(), tor.REVIEW_DUE_ON), val(createdBy, tor.CREATED_BY), val("ADMIN", tor.SOURCE))
                        .where(field(select(max(tor.VERSION)).from(tor).where(tor.GROUP_ID.eq(groupId))).eq(readVersion)))
                .onConflict(tor.TENANT_ID, tor.GROUP_ID, tor.VERSION).doNothing()
                .execute();
    }

    private static GroupTerms terms(Group group, TermsOfReferenceRecord r) {
        return new GroupTerms(group, r.getVersion(), TermsOfReferenceCodec.read(r));
    }

    /** An agency, from its row. */
    public static Agency agency(AgencyRecord r) {
        return new Agency(r.getId(), r.getCode(), r.getName(), AgencyKind.valueOf(r.getKind()), r.getStatutoryPartner(),
                r.getCompactSignedOn(), r.getSource(), r.getVersion());
    }

    public static Group group(ReviewGroupRecord r) {
        return new Group(r.getId(), r.getCode(), r.getName(), r.getShortName(), r.getFormerName());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
