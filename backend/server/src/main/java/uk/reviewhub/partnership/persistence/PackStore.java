package uk.reviewhub.partnership.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record8;
import org.jooq.SQLDialect;
import org.jooq.SelectJoinStep;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.database.jooq.tables.GroupMember;
import uk.reviewhub.database.jooq.tables.Partnership;
import uk.reviewhub.database.jooq.tables.records.ReviewGroupRecord;
import uk.reviewhub.database.jooq.tables.records.TermsOfReferenceRecord;
import uk.reviewhub.pack.Agency;
import uk.reviewhub.pack.ChairAllocation;
import uk.reviewhub.pack.Member;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.ReviewGroup;
import uk.reviewhub.pack.TermsOfReference;

import uk.reviewhub.time.LondonTime;

import java.math.BigDecimal;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Optional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.jooq.impl.DSL.all;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.val;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.CHAIR_ALLOCATION;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.MEMBERSHIP_CHANGE;
import static uk.reviewhub.database.jooq.Tables.PACK_LOAD;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PLATFORM_EVENT;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FRAMEWORK;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_FRAMEWORK_DOMAIN;
import static uk.reviewhub.database.jooq.Tables.SHIPPED_PACKS_LOAD;
import static uk.reviewhub.database.jooq.Tables.TERMS_OF_REFERENCE;

/**
 * Writes a validated pack into its partnership's rows, on jOOQ's generated tables. Every statement runs on a connection bound
 * to the tenant (the caller binds it with {@code TenantContext}); row-level security keeps the
 * statements to that tenant, and inserts take the tenant from {@code current_tenant_id()}.
 */
@Singleton
@Connectable
public class PackStore {

    /**
     * What storing a pack did. {@code changedRows} counts inserted, updated, ended and deleted rows;
     * {@code notes} say what was left alone because an admin manages it, or ended rather than
     * deleted because meetings refer to it; {@code termsOfReferenceNotApplied} names the groups whose
     * terms changed in the pack but were left as an admin edited them.
     */
    public record Outcome(boolean unchanged, int changedRows, int termsOfReferenceVersionsAdded, List<String> notes,
                          List<String> termsOfReferenceNotApplied) {
        public Outcome {
            notes = List.copyOf(notes);
            termsOfReferenceNotApplied = List.copyOf(termsOfReferenceNotApplied);
        }
    }

    /** A group's terms of reference changed in the pack, not applied over an admin's edit. */
    private record NotApplied(UUID groupId, String groupCode, int adminVersion, Instant editedAt, UUID editedBy)
            implements TermsChange {
    }

    /** The reason a pack load gives in the membership history. */
    static final String PACK_REASON = "Partnership pack load";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;
    private final Clock clock;

    PackStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Registers the partnership (or finds it) and answers its tenant id. Needs no tenant bound. */
    public UUID register(Pack pack) {
        return dsl.select(function(name("platform", "register_partnership"), SQLDataType.UUID,
                val(pack.slug(), String.class), val(pack.name(), String.class), val(pack.shortName(), String.class))).fetchSingle().value1();
    }

    /**
     * Creates a new partnership under the tenant id the caller chose (self-service onboarding), in
     * the caller's transaction. Never finds an existing one: a name or slug already taken raises
     * the database's unique violation ({@code platform.provision_partnership}).
     */
    public void registerNew(UUID tenantId, Pack pack) {
        dsl.select(function(name("platform", "provision_partnership"), SQLDataType.UUID,
                val(tenantId), val(pack.slug(), String.class), val(pack.name(), String.class), val(pack.shortName(), String.class))).fetchSingle();
    }

    /**
     * When a partnership with this slug was deleted through the platform console, if it was and none
     * has the slug now. Needs no tenant bound (the platform's record and the partnership list are global).
     */
    public Optional<Instant> deletedAt(String slug) {
        Optional<Instant> deleted = dsl.select(max(PLATFORM_EVENT.OCCURRED_AT))
                .from(PLATFORM_EVENT)
                .where(PLATFORM_EVENT.PARTNERSHIP_SLUG.eq(slug).and(PLATFORM_EVENT.ACTION.eq("DELETED")))
                .fetchOptional(Record1::value1)
                .map(OffsetDateTime::toInstant);
        // No name is blank, so this asks only whether a partnership has the slug again (onboarded anew).
        return deleted.filter(at -> !nameTaken("", slug));
    }

    /** The build identity of the last load of the shipped packs without a problem, if any. Needs no tenant bound. */
    public Optional<String> shippedPacksBuild() {
        return dsl.select(SHIPPED_PACKS_LOAD.BUILD_IDENTITY).from(SHIPPED_PACKS_LOAD).fetchOptional(SHIPPED_PACKS_LOAD.BUILD_IDENTITY);
    }

    /** Records that the build {@code identity} loaded the shipped packs without a problem. Needs no tenant bound. */
    public void recordShippedPacksBuild(String identity) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.insertInto(SHIPPED_PACKS_LOAD)
                .set(SHIPPED_PACKS_LOAD.BUILD_IDENTITY, identity)
                .set(SHIPPED_PACKS_LOAD.LOADED_AT, now)
                .onConflict(SHIPPED_PACKS_LOAD.ONLY_ROW)
                .doUpdate()
                .set(SHIPPED_PACKS_LOAD.BUILD_IDENTITY, identity)
                .set(SHIPPED_PACKS_LOAD.LOADED_AT, now)
                .execute();
    }

    /** Whether a partnership has this name (ignoring case) or slug; answers nothing else. Needs no tenant bound. */
    public boolean nameTaken(String name, String slug) {
        return dsl.select(function(name("platform", "partnership_name_taken"), SQLDataType.BOOLEAN, val(name), val(slug)))
                .fetchSingle().value1();
    }

    /** Stores {@code pack} in one transaction; does nothing if the last load had the same content hash. */
    @Transactional
    public Outcome store(Pack pack) {
        DSLContext tx = dsl; // @Transactional: every statement shares one connection
        String lastHash = tx.select(PACK_LOAD.CONTENT_HASH).from(PACK_LOAD).orderBy(PACK_LOAD.LOADED_AT.desc(), PACK_LOAD.ID).limit(1)
                .fetchOptional(PACK_LOAD.CONTENT_HASH).orElse(null);
        if (pack.contentHash().equals(lastHash)) {
            chairAllocations(tx, pack); // a database migrated since the last load gets them too
            nationalComparators(tx, pack); // so do these
            scrutiny(tx, pack); // and scrutiny's settings and starting framework
            issueResolution(tx, pack); // and the Issue Resolution Process
            lists(tx, pack); // and the boroughs and the groups' expectations, frameworks and notes
            return new Outcome(true, 0, 0, List.of(), List.of());
        }
        // jsonb compares by value, so the same overrides written differently change nothing.
        String clocks = json(pack.clocks());
        String serviceGroup = pack.safeguardingService() == null ? null : pack.safeguardingService().group();
        boolean midwayReviews = pack.safeguardingService() != null && pack.safeguardingService().midwayReviews();
        Partnership p = PARTNERSHIP;
        int changed = tx.update(p)
                .set(p.NAME, pack.name())
                .set(p.SHORT_NAME, pack.shortName())
                .set(p.FORMER_NAME, pack.formerName())
                .set(p.ARRANGEMENTS_PUBLISHED, pack.arrangementsPublished())
                .set(p.CLOCK_OVERRIDES, clocks)
                .set(p.CALENDAR_DIVISION, pack.calendarDivision())
                .set(p.SAFEGUARDING_SERVICE_GROUP, serviceGroup)
                .set(p.MIDWAY_REVIEWS, midwayReviews)
                .where(p.SLUG.eq(pack.slug()), row(p.NAME, p.SHORT_NAME, p.FORMER_NAME, p.ARRANGEMENTS_PUBLISHED, p.CLOCK_OVERRIDES,
                        p.CALENDAR_DIVISION, p.SAFEGUARDING_SERVICE_GROUP, p.MIDWAY_REVIEWS)
                        .isDistinctFrom(val(pack.name(), p.NAME), val(pack.shortName(), p.SHORT_NAME), val(pack.formerName(), p.FORMER_NAME),
                                val(pack.arrangementsPublished(), p.ARRANGEMENTS_PUBLISHED), val(clocks, p.CLOCK_OVERRIDES),
                                val(pack.calendarDivision(), p.CALENDAR_DIVISION), val(serviceGroup, p.SAFEGUARDING_SERVICE_GROUP),
                                val(midwayReviews, p.MIDWAY_REVIEWS)))
                .execute();
        changed += nationalComparators(tx, pack);
        changed += scrutiny(tx, pack);
        changed += issueResolution(tx, pack);
        List<String> notes = new ArrayList<>();
        LocalDate today = LondonTime.today(clock);
        Map<String, UUID> agencies = new LinkedHashMap<>();
        for (int i = 0; i < pack.agencies().size(); i++) {
            changed += agency(tx, pack.agencies().get(i), i, notes);
        }
        tx.select(AGENCY.CODE, AGENCY.ID).from(AGENCY).forEach(r -> agencies.put(r.value1(), r.value2()));

        int versions = 0;
        List<NotApplied> notApplied = new ArrayList<>();
        for (int i = 0; i < pack.groups().size(); i++) {
            ReviewGroup group = pack.groups().get(i);
            changed += group(tx, group, i);
            UUID groupId = tx.select(REVIEW_GROUP.ID).from(REVIEW_GROUP).where(REVIEW_GROUP.CODE.eq(group.code())).fetchSingle().value1();
            changed += members(tx, groupId, group, agencies, today, notes);
            switch (termsOfReference(tx, groupId, group.code(), group.termsOfReference())) {
                case Added added -> versions++;
                case NotApplied skipped -> {
                    notApplied.add(skipped);
                    notes.add("The terms of reference of group '" + group.code() + "' are managed by a partnership admin "
                            + "(version " + skipped.adminVersion() + "): the pack's change not applied.");
                }
                case null -> { }
            }
        }
        chairAllocations(tx, pack);
        changed += lists(tx, pack);
        tx.insertInto(PACK_LOAD)
                .set(PACK_LOAD.TENANT_ID, currentTenantId())
                .set(PACK_LOAD.ID, UUID.randomUUID())
                .set(PACK_LOAD.CONTENT_HASH, pack.contentHash())
                .set(PACK_LOAD.NOTES, notes.toArray(String[]::new))
                .set(PACK_LOAD.TERMS_NOT_APPLIED, json(notApplied.stream().map(PackStore::note).toList()))
                .execute();
        return new Outcome(false, changed + versions, versions, notes, notApplied.stream().map(NotApplied::groupCode).toList());
    }

    /**
     * Each group's chair allocation periods, as the pack states them now. Rewritten only when the stored
     * periods differ, so an unchanged pack writes nothing at start-up.
     */
    private static void chairAllocations(DSLContext tx, Pack pack) {
        for (ReviewGroup group : pack.groups()) {
            tx.select(REVIEW_GROUP.ID).from(REVIEW_GROUP).where(REVIEW_GROUP.CODE.eq(group.code())).fetchOptional(REVIEW_GROUP.ID)
                    .ifPresent(groupId -> {
                        List<ChairAllocation.Period> wanted = group.chairAllocation() == null
                                ? List.of() : group.chairAllocation().periods();
                        List<ChairAllocation.Period> stored = tx.select(CHAIR_ALLOCATION.DAYS_PER_YEAR,
                                        CHAIR_ALLOCATION.EFFECTIVE_FROM, CHAIR_ALLOCATION.TERM_YEARS, CHAIR_ALLOCATION.BASIS)
                                .from(CHAIR_ALLOCATION).where(CHAIR_ALLOCATION.GROUP_ID.eq(groupId))
                                .orderBy(CHAIR_ALLOCATION.EFFECTIVE_FROM.nullsFirst())
                                .fetch(r -> new ChairAllocation.Period(r.value1().intValue(), r.value2(), r.value3(), r.value4()));
                        if (new HashSet<>(stored).equals(new HashSet<>(wanted)) && stored.size() == wanted.size()) {
                            return;
                        }
                        tx.deleteFrom(CHAIR_ALLOCATION).where(CHAIR_ALLOCATION.GROUP_ID.eq(groupId)).execute();
                        wanted.forEach(p -> tx.insertInto(CHAIR_ALLOCATION)
                                .set(CHAIR_ALLOCATION.TENANT_ID, currentTenantId())
                                .set(CHAIR_ALLOCATION.ID, UUID.randomUUID())
                                .set(CHAIR_ALLOCATION.GROUP_ID, groupId)
                                .set(CHAIR_ALLOCATION.EFFECTIVE_FROM, p.from())
                                .set(CHAIR_ALLOCATION.DAYS_PER_YEAR, BigDecimal.valueOf(p.daysPerYear()))
                                .set(CHAIR_ALLOCATION.TERM_YEARS, p.termYears())
                                .set(CHAIR_ALLOCATION.BASIS, p.basis())
                                .execute());
                    });
        }
    }

    /**
     * Upserts the agency by code, unless an admin manages it (added it, or edited it since): then
     * the pack's values are not applied, and a note says so when they differ.
     */
    private static int agency(DSLContext tx, Agency agency, int position, List<String> notes) {
        LocalDate compactSignedOn = agency.compact() == null ? null : agency.compact().signedOn();
        Map<String, String> wanted = agencyFields(agency.code(), agency.name(), agency.kind().name(), agency.statutoryPartner(),
                compactSignedOn);
        var stored = tx.selectFrom(AGENCY).where(AGENCY.CODE.eq(agency.code())).fetchOptional();
        if (stored.isPresent()) {
            var r = stored.get();
            UUID id = r.getId();
            Map<String, String> before = agencyFields(r.getCode(), r.getName(), r.getKind(), r.getStatutoryPartner(),
                    r.getCompactSignedOn());
            List<String[]> changes = changes(before, wanted);
            if ("ADMIN".equals(r.getSource())) {
                if (!changes.isEmpty()) {
                    notes.add("Agency '" + agency.code() + "' is managed by a partnership admin: the pack's "
                            + fieldNames(changes) + " not applied.");
                }
                return 0;
            }
            int updated = tx.update(AGENCY)
                    .set(AGENCY.NAME, agency.name())
                    .set(AGENCY.KIND, agency.kind().name())
                    .set(AGENCY.STATUTORY_PARTNER, agency.statutoryPartner())
                    .set(AGENCY.COMPACT_SIGNED_ON, compactSignedOn)
                    .set(AGENCY.POSITION, position)
                    .set(AGENCY.VERSION, AGENCY.VERSION.plus(1))
                    .where(AGENCY.ID.eq(id), row(AGENCY.NAME, AGENCY.KIND, AGENCY.STATUTORY_PARTNER, AGENCY.COMPACT_SIGNED_ON, AGENCY.POSITION)
                            .isDistinctFrom(val(agency.name(), AGENCY.NAME), val(agency.kind().name(), AGENCY.KIND),
                                    val(agency.statutoryPartner(), AGENCY.STATUTORY_PARTNER),
                                    val(compactSignedOn, AGENCY.COMPACT_SIGNED_ON), val(position, AGENCY.POSITION)))
                    .execute();
            if (!changes.isEmpty()) {
                history(tx, "AGENCY", id, null, "CHANGED", changes, PACK_REASON);
            }
            return updated;
        }
        UUID id = UUID.randomUUID();
        tx.insertInto(AGENCY)
                .set(AGENCY.TENANT_ID, currentTenantId())
                .set(AGENCY.ID, id)
                .set(AGENCY.CODE, agency.code())
                .set(AGENCY.NAME, agency.name())
                .set(AGENCY.KIND, agency.kind().name())
                .set(AGENCY.STATUTORY_PARTNER, agency.statutoryPartner())
                .set(AGENCY.COMPACT_SIGNED_ON, compactSignedOn)
                .set(AGENCY.POSITION, position)
                .execute();
        history(tx, "AGENCY", id, null, "ADDED", changes(Map.of(), wanted), PACK_REASON);
        return 1;
    }

    private static int group(DSLContext tx, ReviewGroup group, int position) {
        ReviewGroupRecord values = new ReviewGroupRecord().setName(group.name()).setShortName(group.shortName())
                .setFormerName(group.formerName()).setPosition(position);
        int updated = tx.update(REVIEW_GROUP)
                .set(values)
                .set(REVIEW_GROUP.VERSION, REVIEW_GROUP.VERSION.plus(1))
                .where(REVIEW_GROUP.CODE.eq(group.code()), row(REVIEW_GROUP.NAME, REVIEW_GROUP.SHORT_NAME, REVIEW_GROUP.FORMER_NAME,
                        REVIEW_GROUP.POSITION).isDistinctFrom(val(group.name(), REVIEW_GROUP.NAME),
                        val(group.shortName(), REVIEW_GROUP.SHORT_NAME), val(group.formerName(), REVIEW_GROUP.FORMER_NAME),
                        val(position, REVIEW_GROUP.POSITION)))
                .execute();
        return updated + tx.insertInto(REVIEW_GROUP)
                .set(REVIEW_GROUP.TENANT_ID, currentTenantId())
                .set(REVIEW_GROUP.ID, UUID.randomUUID())
                .set(REVIEW_GROUP.CODE, group.code())
                .set(values)
                .onConflict(REVIEW_GROUP.TENANT_ID, REVIEW_GROUP.CODE).doNothing()
                .execute();
    }

    /**
     * Seats are matched by the title the pack gives them ({@code pack_key}) within the group. Seats
     * the pack owns are kept in step with it; seats a partnership admin manages (added, or edited
     * since) are left alone, with a note when the pack differs. A seat no longer in the pack is
     * deleted if nothing refers to it, and otherwise ended (it stays as a former member, because
     * meetings, attendance or follow-ups refer to it). Every change goes into the history.
     */
    private static int members(DSLContext tx, UUID groupId, ReviewGroup group, Map<String, UUID> agencies, LocalDate today,
                               List<String> notes) {
        int changed = 0;
        List<Member> members = group.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            UUID agencyId = agencies.get(m.agencyCode());
            String agencyName = tx.select(AGENCY.NAME).from(AGENCY).where(AGENCY.ID.eq(agencyId)).fetchSingle().value1();
            Map<String, String> wanted = seatFields(agencyName, m.positionTitle(), m.groupRole().name(), m.membershipKind().name(),
                    m.startDate(), m.endDate());
            var stored = seats(tx).where(GROUP_MEMBER.GROUP_ID.eq(groupId), GROUP_MEMBER.PACK_KEY.eq(m.positionTitle()))
                    .orderBy(GROUP_MEMBER.SOURCE.desc()).limit(1)
                    .fetchOptional();
            if (stored.isEmpty()) {
                UUID id = UUID.randomUUID();
                tx.insertInto(GROUP_MEMBER)
                        .set(GROUP_MEMBER.TENANT_ID, currentTenantId())
                        .set(GROUP_MEMBER.ID, id)
                        .set(GROUP_MEMBER.GROUP_ID, groupId)
                        .set(GROUP_MEMBER.AGENCY_ID, agencyId)
                        .set(GROUP_MEMBER.POSITION_TITLE, m.positionTitle())
                        .set(GROUP_MEMBER.GROUP_ROLE, m.groupRole().name())
                        .set(GROUP_MEMBER.MEMBERSHIP_KIND, m.membershipKind().name())
                        .set(GROUP_MEMBER.START_DATE, m.startDate())
                        .set(GROUP_MEMBER.END_DATE, m.endDate())
                        .set(GROUP_MEMBER.POSITION, i)
                        .set(GROUP_MEMBER.PACK_KEY, m.positionTitle())
                        .execute();
                history(tx, "MEMBER", id, groupId, "ADDED", changes(Map.of(), wanted), PACK_REASON);
                changed++;
                continue;
            }
            var r = stored.get();
            UUID id = r.value1();
            List<String[]> changes = changes(seatFields(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()), wanted);
            if ("ADMIN".equals(r.value8())) {
                if (!changes.isEmpty()) {
                    notes.add("Seat '" + m.positionTitle() + "' of group '" + group.code()
                            + "' is managed by a partnership admin: the pack's " + fieldNames(changes) + " not applied.");
                }
                continue;
            }
            GroupMember g = GROUP_MEMBER;
            int updated = tx.update(g)
                    .set(g.AGENCY_ID, agencyId)
                    .set(g.POSITION_TITLE, m.positionTitle())
                    .set(g.GROUP_ROLE, m.groupRole().name())
                    .set(g.MEMBERSHIP_KIND, m.membershipKind().name())
                    .set(g.START_DATE, m.startDate())
                    .set(g.END_DATE, m.endDate())
                    // an end date gone from the pack takes its reason with it
                    .set(g.END_REASON, m.endDate() == null ? val((String) null, g.END_REASON) : g.END_REASON)
                    .set(g.POSITION, i)
                    .set(g.VERSION, g.VERSION.plus(1))
                    .where(g.ID.eq(id), row(g.AGENCY_ID, g.POSITION_TITLE, g.GROUP_ROLE, g.MEMBERSHIP_KIND, g.START_DATE, g.END_DATE,
                            g.POSITION).isDistinctFrom(val(agencyId, g.AGENCY_ID), val(m.positionTitle(), g.POSITION_TITLE),
                            val(m.groupRole().name(), g.GROUP_ROLE), val(m.membershipKind().name(), g.MEMBERSHIP_KIND),
                            val(m.startDate(), g.START_DATE), val(m.endDate(), g.END_DATE), val(i, g.POSITION)))
                    .execute();
            if (!changes.isEmpty()) {
                history(tx, "MEMBER", id, groupId, "CHANGED", changes, PACK_REASON);
            }
            changed += updated;
        }
        String[] titles = members.stream().map(Member::positionTitle).toArray(String[]::new);
        var dropped = seats(tx).where(GROUP_MEMBER.GROUP_ID.eq(groupId), GROUP_MEMBER.PACK_KEY.isNotNull(),
                GROUP_MEMBER.PACK_KEY.ne(all(titles))).fetch();
        for (var r : dropped) {
            UUID id = r.value1();
            String title = r.value3();
            LocalDate start = r.value6();
            LocalDate end = r.value7();
            Map<String, String> before = seatFields(r.value2(), title, r.value4(), r.value5(), start, end);
            if ("ADMIN".equals(r.value8())) {
                if (end == null || !end.isBefore(today)) {
                    notes.add("Seat '" + title + "' of group '" + group.code()
                            + "' is no longer in the pack but is managed by a partnership admin: kept.");
                }
                continue;
            }
            if (deleteUnlessReferenced(tx, id)) {
                history(tx, "MEMBER", id, groupId, "REMOVED", changes(before, Map.of()),
                        PACK_REASON + ": no longer in the pack, and no meeting refers to it");
                changed++;
            } else if (end == null || end.isAfter(today)) {
                LocalDate endDate = start != null && start.isAfter(today) ? start : today;
                String reason = "No longer in the partnership pack; kept as a former member because meetings refer to it.";
                tx.update(GROUP_MEMBER)
                        .set(GROUP_MEMBER.END_DATE, endDate)
                        .set(GROUP_MEMBER.END_REASON, reason)
                        .set(GROUP_MEMBER.VERSION, GROUP_MEMBER.VERSION.plus(1))
                        .where(GROUP_MEMBER.ID.eq(id))
                        .execute();
                Map<String, String> after = new LinkedHashMap<>(before);
                after.put("endDate", endDate.toString());
                history(tx, "MEMBER", id, groupId, "ENDED", changes(before, after), reason);
                notes.add("Seat '" + title + "' of group '" + group.code() + "' is no longer in the pack: ended on " + endDate
                        + " rather than deleted, because meetings refer to it.");
                changed++;
            }
        }
        return changed;
    }

    /** Seats with their agency's name: id, agency, title, role, kind, start, end, source. */
    private static SelectJoinStep<Record8<UUID, String, String, String, String, LocalDate, LocalDate, String>> seats(DSLContext tx) {
        return tx.select(GROUP_MEMBER.ID, AGENCY.NAME, GROUP_MEMBER.POSITION_TITLE, GROUP_MEMBER.GROUP_ROLE,
                        GROUP_MEMBER.MEMBERSHIP_KIND, GROUP_MEMBER.START_DATE, GROUP_MEMBER.END_DATE, GROUP_MEMBER.SOURCE)
                .from(GROUP_MEMBER)
                .join(AGENCY).on(AGENCY.TENANT_ID.eq(GROUP_MEMBER.TENANT_ID), AGENCY.ID.eq(GROUP_MEMBER.AGENCY_ID));
    }

    /** Deletes the seat unless another row refers to it (attendance, follow-ups, actions...): then it is kept. */
    private static boolean deleteUnlessReferenced(DSLContext tx, UUID seatId) {
        return tx.connectionResult(c -> {
            Savepoint savepoint = c.setSavepoint();
            try {
                DSL.using(c, SQLDialect.POSTGRES).deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.ID.eq(seatId)).execute();
                c.releaseSavepoint(savepoint);
                return true;
            } catch (DataAccessException e) {
                if (!"23503".equals(e.sqlState())) { // foreign_key_violation
                    throw e;
                }
                c.rollback(savepoint);
                return false;
            }
        });
    }

    private static Map<String, String> seatFields(String agency, String title, String role, String kind, LocalDate start,
                                                  LocalDate end) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("agency", agency);
        f.put("positionTitle", title);
        f.put("groupRole", role);
        f.put("membershipKind", kind);
        f.put("startDate", start == null ? null : start.toString());
        f.put("endDate", end == null ? null : end.toString());
        return f;
    }

    private static Map<String, String> agencyFields(String code, String name, String kind, boolean statutory, LocalDate compact) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", code);
        f.put("name", name);
        f.put("kind", kind);
        f.put("statutoryPartner", statutory ? "yes" : "no");
        f.put("compactSignedOn", compact == null ? null : compact.toString());
        return f;
    }

    /** [field, before, after] for each field whose value differs. */
    private static List<String[]> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        List<String[]> changes = new ArrayList<>();
        all.keySet().forEach(field -> {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new String[]{field, before.get(field), after.get(field)});
            }
        });
        return changes;
    }

    private static String fieldNames(List<String[]> changes) {
        return changes.stream().map(c -> c[0]).collect(Collectors.joining(", ")) + (changes.size() == 1 ? " was" : " were");
    }

    /** Appends a pack change to the membership history (source PACK, no person). */
    private static void history(DSLContext tx, String subject, UUID subjectId, UUID groupId, String action, List<String[]> changes,
                                String reason) {
        List<Map<String, String>> rows = changes.stream().map(c -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("field", c[0]);
            row.put("before", c[1]);
            row.put("after", c[2]);
            return row;
        }).toList();
        tx.insertInto(MEMBERSHIP_CHANGE)
                .set(MEMBERSHIP_CHANGE.TENANT_ID, currentTenantId())
                .set(MEMBERSHIP_CHANGE.ID, UUID.randomUUID())
                .set(MEMBERSHIP_CHANGE.SUBJECT, subject)
                .set(MEMBERSHIP_CHANGE.SUBJECT_ID, subjectId)
                .set(MEMBERSHIP_CHANGE.GROUP_ID, groupId)
                .set(MEMBERSHIP_CHANGE.ACTION, action)
                .set(MEMBERSHIP_CHANGE.CHANGES, json(rows))
                .set(MEMBERSHIP_CHANGE.REASON, reason)
                .set(MEMBERSHIP_CHANGE.SOURCE, "PACK")
                .execute();
    }

    /** What the pack did to a group's terms of reference: added a version, or left an admin's edit. */
    private sealed interface TermsChange permits Added, NotApplied {
    }

    private record Added() implements TermsChange {
    }

    /** Whether a version's content is the pack's (jsonb compares by value, so key order and spacing do not count). */
    private static Field<Boolean> sameContent(TermsOfReferenceRecord pack) {
        uk.reviewhub.database.jooq.tables.TermsOfReference t = TERMS_OF_REFERENCE;
        return field(row(t.PURPOSE, t.FUNCTIONS, t.REPORTING_LINE, t.CADENCE, t.QUORUM, t.DEADLINES, t.PERFORMANCE_MEASURES, t.LINKS,
                t.LAST_REVIEWED_ON, t.REVIEW_DUE_ON).isNotDistinctFrom(val(pack.getPurpose(), t.PURPOSE),
                val(pack.getFunctions(), t.FUNCTIONS), val(pack.getReportingLine(), t.REPORTING_LINE), val(pack.getCadence(), t.CADENCE),
                val(pack.getQuorum(), t.QUORUM), val(pack.getDeadlines(), t.DEADLINES),
                val(pack.getPerformanceMeasures(), t.PERFORMANCE_MEASURES), val(pack.getLinks(), t.LINKS),
                val(pack.getLastReviewedOn(), t.LAST_REVIEWED_ON), val(pack.getReviewDueOn(), t.REVIEW_DUE_ON)));
    }

    /**
     * Adds a PACK version when the pack's content differs from the current version, unless an admin
     * made the current version: an admin's edit is not written over. Then, if the pack's content
     * also differs from the last version the pack wrote (the pack itself changed), the change is
     * answered as not applied; otherwise nothing changed (null).
     */
    private static TermsChange termsOfReference(DSLContext tx, UUID groupId, String groupCode, TermsOfReference terms) {
        TermsOfReferenceRecord content = TermsOfReferenceCodec.write(terms);
        Field<Boolean> same = sameContent(content);
        var current = tx.select(TERMS_OF_REFERENCE.VERSION, TERMS_OF_REFERENCE.SOURCE, TERMS_OF_REFERENCE.CREATED_AT,
                        TERMS_OF_REFERENCE.CREATED_BY, same)
                .from(TERMS_OF_REFERENCE).where(TERMS_OF_REFERENCE.GROUP_ID.eq(groupId))
                .orderBy(TERMS_OF_REFERENCE.VERSION.desc()).limit(1)
                .fetchOptional();
        if (current.isPresent() && current.get().value5()) {
            return null;
        }
        if (current.isPresent() && "ADMIN".equals(current.get().value2())) {
            boolean packUnchanged = tx.select(same).from(TERMS_OF_REFERENCE)
                    .where(TERMS_OF_REFERENCE.GROUP_ID.eq(groupId), TERMS_OF_REFERENCE.SOURCE.eq("PACK"))
                    .orderBy(TERMS_OF_REFERENCE.VERSION.desc()).limit(1)
                    .fetchOptional(Record1::value1).orElse(false);
            var admin = current.get();
            return packUnchanged ? null : new NotApplied(groupId, groupCode, admin.value1(), admin.value3().toInstant(), admin.value4());
        }
        int version = current.map(r -> r.value1() + 1).orElse(1);
        tx.insertInto(TERMS_OF_REFERENCE)
                .set(TERMS_OF_REFERENCE.TENANT_ID, currentTenantId())
                .set(TERMS_OF_REFERENCE.ID, UUID.randomUUID())
                .set(TERMS_OF_REFERENCE.GROUP_ID, groupId)
                .set(TERMS_OF_REFERENCE.VERSION, version)
                .set(content)
                .set(TERMS_OF_REFERENCE.SOURCE, "PACK")
                .execute();
        return new Added();
    }

    private static Map<String, Object> note(NotApplied n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupId", n.groupId().toString());
        m.put("groupCode", n.groupCode());
        m.put("adminVersion", n.adminVersion());
        m.put("editedAt", n.editedAt().toString());
        m.put("editedBy", n.editedBy() == null ? null : n.editedBy().toString());
        return m;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The pack's region, child population and statistical neighbours (all null or empty when it has no
     * national: section), unless a partnership admin has set them (V36: {@code comparators_set_by}).
     */
    private static int nationalComparators(DSLContext tx, Pack pack) {
        var national = pack.national();
        var population = national == null ? null : national.childPopulation();
        String region = national == null ? null : national.region();
        Integer count = population == null ? null : population.count();
        Integer year = population == null ? null : population.year();
        String source = population == null ? null : population.source();
        String[] neighbours = national == null ? new String[0] : national.statisticalNeighbours().toArray(String[]::new);
        Partnership p = PARTNERSHIP;
        return tx.update(p)
                .set(p.REGION, region)
                .set(p.CHILD_POPULATION, count)
                .set(p.CHILD_POPULATION_YEAR, year)
                .set(p.CHILD_POPULATION_SOURCE, source)
                .set(p.STATISTICAL_NEIGHBOURS, neighbours)
                .where(p.SLUG.eq(pack.slug()), p.COMPARATORS_SET_BY.eq("pack"),
                        row(p.REGION, p.CHILD_POPULATION, p.CHILD_POPULATION_YEAR, p.CHILD_POPULATION_SOURCE, p.STATISTICAL_NEIGHBOURS)
                                .isDistinctFrom(val(region, p.REGION), val(count, p.CHILD_POPULATION), val(year, p.CHILD_POPULATION_YEAR),
                                        val(source, p.CHILD_POPULATION_SOURCE), val(neighbours, p.STATISTICAL_NEIGHBOURS)))
                .execute();
    }

    /**
     * The pack's descriptive lists, kept as the pack says them so that an export gives them back: the
     * partnership's boroughs, and each group's member expectations, frameworks and notes.
     */
    private static int lists(DSLContext tx, Pack pack) {
        String[] boroughs = pack.boroughs().toArray(String[]::new);
        int changed = tx.update(PARTNERSHIP)
                .set(PARTNERSHIP.BOROUGHS, boroughs)
                .where(PARTNERSHIP.SLUG.eq(pack.slug()), PARTNERSHIP.BOROUGHS.isDistinctFrom(boroughs))
                .execute();
        for (ReviewGroup group : pack.groups()) {
            String[] expectations = group.memberExpectations().toArray(String[]::new);
            String[] frameworks = group.frameworks().toArray(String[]::new);
            String[] notes = group.notes().toArray(String[]::new);
            changed += tx.update(REVIEW_GROUP)
                    .set(REVIEW_GROUP.MEMBER_EXPECTATIONS, expectations)
                    .set(REVIEW_GROUP.FRAMEWORKS, frameworks)
                    .set(REVIEW_GROUP.NOTES, notes)
                    .where(REVIEW_GROUP.CODE.eq(group.code()), row(REVIEW_GROUP.MEMBER_EXPECTATIONS, REVIEW_GROUP.FRAMEWORKS,
                            REVIEW_GROUP.NOTES).isDistinctFrom(val(expectations, REVIEW_GROUP.MEMBER_EXPECTATIONS),
                            val(frameworks, REVIEW_GROUP.FRAMEWORKS), val(notes, REVIEW_GROUP.NOTES)))
                    .execute();
        }
        return changed;
    }

    /**
     * The pack's Issue Resolution Process (its stages in order and whether Cafcass referral is offered,
     * as JSON; null when the pack runs none) and the service's chair caseload limit.
     */
    private static int issueResolution(DSLContext tx, Pack pack) {
        var irp = pack.issueResolution();
        String process = null;
        if (irp != null) {
            List<Map<String, Object>> stages = new ArrayList<>();
            for (var s : irp.stages()) {
                Map<String, Object> stage = new LinkedHashMap<>();
                stage.put("code", s.code());
                stage.put("name", s.name());
                stage.put("formal", s.formal());
                stage.put("clock", s.clock());
                stages.add(stage);
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("stages", stages);
            value.put("cafcassReferral", irp.cafcassReferral());
            process = json(value);
        }
        Integer limit = pack.safeguardingService() == null ? null : pack.safeguardingService().chairCaseloadLimit();
        return tx.update(PARTNERSHIP)
                .set(PARTNERSHIP.ISSUE_RESOLUTION, process)
                .set(PARTNERSHIP.CHAIR_CASELOAD_LIMIT, limit)
                .where(PARTNERSHIP.SLUG.eq(pack.slug()), row(PARTNERSHIP.ISSUE_RESOLUTION, PARTNERSHIP.CHAIR_CASELOAD_LIMIT)
                        .isDistinctFrom(val(process, PARTNERSHIP.ISSUE_RESOLUTION), val(limit, PARTNERSHIP.CHAIR_CASELOAD_LIMIT)))
                .execute();
    }

    /**
     * Whether the pack turns scrutiny on, its description, the group its days count against and its
     * finding rating scale; and its starting
     * observation framework, as version 1 when the partnership has no framework yet (later versions
     * are the scrutineers', so a pack reload never writes over them).
     */
    private static int scrutiny(DSLContext tx, Pack pack) {
        var scrutiny = pack.scrutiny();
        boolean enabled = scrutiny != null;
        String daysGroup = scrutiny == null ? null : scrutiny.daysGroup();
        String description = scrutiny == null ? null : scrutiny.description();
        String[] findingRatings = scrutiny == null ? null : scrutiny.findingRatings().toArray(String[]::new);
        int changed = tx.update(PARTNERSHIP)
                .set(PARTNERSHIP.SCRUTINY_ENABLED, enabled)
                .set(PARTNERSHIP.SCRUTINY_DAYS_GROUP, daysGroup)
                .set(PARTNERSHIP.SCRUTINY_DESCRIPTION, description)
                .set(PARTNERSHIP.SCRUTINY_FINDING_RATINGS, findingRatings)
                .where(PARTNERSHIP.SLUG.eq(pack.slug()), row(PARTNERSHIP.SCRUTINY_ENABLED, PARTNERSHIP.SCRUTINY_DAYS_GROUP,
                        PARTNERSHIP.SCRUTINY_DESCRIPTION, PARTNERSHIP.SCRUTINY_FINDING_RATINGS)
                        .isDistinctFrom(val(enabled, PARTNERSHIP.SCRUTINY_ENABLED), val(daysGroup, PARTNERSHIP.SCRUTINY_DAYS_GROUP),
                                val(description, PARTNERSHIP.SCRUTINY_DESCRIPTION), val(findingRatings, PARTNERSHIP.SCRUTINY_FINDING_RATINGS)))
                .execute();
        if (scrutiny == null || scrutiny.framework() == null || tx.fetchExists(SCRUTINY_FRAMEWORK)) {
            return changed;
        }
        var framework = scrutiny.framework();
        UUID id = UUID.randomUUID();
        tx.insertInto(SCRUTINY_FRAMEWORK)
                .set(SCRUTINY_FRAMEWORK.TENANT_ID, currentTenantId())
                .set(SCRUTINY_FRAMEWORK.ID, id)
                .set(SCRUTINY_FRAMEWORK.VERSION, 1)
                .set(SCRUTINY_FRAMEWORK.NAME, framework.name())
                .set(SCRUTINY_FRAMEWORK.GUIDANCE, framework.guidance())
                .set(SCRUTINY_FRAMEWORK.SOURCE, "PACK")
                .execute();
        for (int i = 0; i < framework.domains().size(); i++) {
            var d = framework.domains().get(i);
            tx.insertInto(SCRUTINY_FRAMEWORK_DOMAIN)
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.TENANT_ID, currentTenantId())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.FRAMEWORK_ID, id)
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.POSITION, i)
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.CODE, d.code())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.NAME, d.name())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.GUIDANCE, d.guidance())
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.PROMPTS, d.prompts().toArray(String[]::new))
                    .set(SCRUTINY_FRAMEWORK_DOMAIN.RATING_SCALE, d.ratingScale().toArray(String[]::new))
                    .execute();
        }
        return changed + 1;
    }

}
