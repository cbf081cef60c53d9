package uk.reviewhub.partnership.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record1;
import uk.reviewhub.pack.Agency;
import uk.reviewhub.pack.ChairAllocation;
import uk.reviewhub.pack.Member;
import uk.reviewhub.pack.Pack;
import uk.reviewhub.pack.ReviewGroup;
import uk.reviewhub.pack.TermsOfReference;

import uk.reviewhub.time.LondonTime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
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

import static org.jooq.impl.DSL.max;
import static uk.reviewhub.database.jooq.Tables.PLATFORM_EVENT;

/**
 * Writes a validated pack into its partnership's rows. Every statement runs on a connection bound
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
        return dsl.fetchSingle("select platform.register_partnership(?, ?, ?)", pack.slug(), pack.name(), pack.shortName())
                .get(0, UUID.class);
    }

    /**
     * Creates a new partnership under the tenant id the caller chose (self-service onboarding), in
     * the caller's transaction. Never finds an existing one: a name or slug already taken raises
     * the database's unique violation ({@code platform.provision_partnership}).
     */
    public void registerNew(UUID tenantId, Pack pack) {
        dsl.fetchSingle("select platform.provision_partnership(?, ?, ?, ?)", tenantId, pack.slug(), pack.name(), pack.shortName());
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

    /** Whether a partnership has this name (ignoring case) or slug; answers nothing else. Needs no tenant bound. */
    public boolean nameTaken(String name, String slug) {
        return dsl.fetchSingle("select platform.partnership_name_taken(?, ?)", name, slug).get(0, Boolean.class);
    }

    /** Stores {@code pack} in one transaction; does nothing if the last load had the same content hash. */
    @Transactional
    public Outcome store(Pack pack) {
        DSLContext tx = dsl; // @Transactional: every statement shares one connection
        String lastHash = tx.fetchOptional("select content_hash from pack_load order by loaded_at desc, id limit 1")
                .map(r -> r.get(0, String.class)).orElse(null);
        if (pack.contentHash().equals(lastHash)) {
            chairAllocations(tx, pack); // a database migrated since the last load gets them too
            nationalComparators(tx, pack); // so do these
            scrutiny(tx, pack); // and scrutiny's settings and starting framework
            issueResolution(tx, pack); // and the Issue Resolution Process
            return new Outcome(true, 0, 0, List.of(), List.of());
        }
        // jsonb compares by value, so the same overrides written differently change nothing.
        String clocks = json(pack.clocks());
        String serviceGroup = pack.safeguardingService() == null ? null : pack.safeguardingService().group();
        boolean midwayReviews = pack.safeguardingService() != null && pack.safeguardingService().midwayReviews();
        int changed = tx.execute("""
                update partnership set name = ?, short_name = ?, former_name = ?, arrangements_published = ?,
                       clock_overrides = ?::jsonb, calendar_division = ?, safeguarding_service_group = ?, midway_reviews = ?
                 where slug = ? and (name, short_name, former_name, arrangements_published, clock_overrides, calendar_division,
                                     safeguarding_service_group, midway_reviews)
                       is distinct from (?::text, ?::text, ?::text, ?::date, ?::jsonb, ?::text, ?::text, ?::boolean)""",
                pack.name(), pack.shortName(), pack.formerName(), pack.arrangementsPublished(), clocks, pack.calendarDivision(),
                serviceGroup, midwayReviews, pack.slug(),
                pack.name(), pack.shortName(), pack.formerName(), pack.arrangementsPublished(), clocks, pack.calendarDivision(),
                serviceGroup, midwayReviews);
        changed += nationalComparators(tx, pack);
        changed += scrutiny(tx, pack);
        changed += issueResolution(tx, pack);
        List<String> notes = new ArrayList<>();
        LocalDate today = LondonTime.today(clock);
        Map<String, UUID> agencies = new LinkedHashMap<>();
        for (int i = 0; i < pack.agencies().size(); i++) {
            changed += agency(tx, pack.agencies().get(i), i, notes);
        }
        tx.fetch("select code, id from agency").forEach(r -> agencies.put(r.get("code", String.class), r.get("id", UUID.class)));

        int versions = 0;
        List<NotApplied> notApplied = new ArrayList<>();
        for (int i = 0; i < pack.groups().size(); i++) {
            ReviewGroup group = pack.groups().get(i);
            changed += group(tx, group, i);
            UUID groupId = tx.fetchSingle("select id from review_group where code = ?", group.code()).get(0, UUID.class);
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
        tx.execute("""
                insert into pack_load (tenant_id, id, content_hash, notes, terms_not_applied)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, ?::jsonb)""",
                pack.contentHash(), notes.toArray(String[]::new), json(notApplied.stream().map(PackStore::note).toList()));
        return new Outcome(false, changed + versions, versions, notes, notApplied.stream().map(NotApplied::groupCode).toList());
    }

    /**
     * Each group's chair allocation periods, as the pack states them now. Rewritten only when the stored
     * periods differ, so an unchanged pack writes nothing at start-up.
     */
    private static void chairAllocations(DSLContext tx, Pack pack) {
        for (ReviewGroup group : pack.groups()) {
            tx.fetchOptional("select id from review_group where code = ?", group.code()).map(r -> r.get(0, UUID.class))
                    .ifPresent(groupId -> {
                        List<ChairAllocation.Period> wanted = group.chairAllocation() == null
                                ? List.of() : group.chairAllocation().periods();
                        List<ChairAllocation.Period> stored = tx.fetch("""
                                select days_per_year, effective_from, term_years, basis from chair_allocation
                                 where group_id = ? order by effective_from nulls first""", groupId)
                                .map(r -> new ChairAllocation.Period(r.get(0, Integer.class), r.get(1, LocalDate.class),
                                        r.get(2, Integer.class), r.get(3, String.class)));
                        if (new HashSet<>(stored).equals(new HashSet<>(wanted)) && stored.size() == wanted.size()) {
                            return;
                        }
                        tx.execute("delete from chair_allocation where group_id = ?", groupId);
                        wanted.forEach(p -> tx.execute("""
                                insert into chair_allocation (tenant_id, id, group_id, effective_from, days_per_year, term_years, basis)
                                values (current_tenant_id(), gen_random_uuid(), ?, ?::date, ?, ?, ?)""",
                                groupId, p.from(), p.daysPerYear(), p.termYears(), p.basis()));
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
        var stored = tx.fetchOptional("""
                select id, code, name, kind, statutory_partner, compact_signed_on, source from agency where code = ?""",
                agency.code());
        if (stored.isPresent()) {
            var r = stored.get();
            UUID id = r.get("id", UUID.class);
            Map<String, String> before = agencyFields(r.get("code", String.class), r.get("name", String.class),
                    r.get("kind", String.class), r.get("statutory_partner", Boolean.class), r.get("compact_signed_on", LocalDate.class));
            List<String[]> changes = changes(before, wanted);
            if ("ADMIN".equals(r.get("source", String.class))) {
                if (!changes.isEmpty()) {
                    notes.add("Agency '" + agency.code() + "' is managed by a partnership admin: the pack's "
                            + fieldNames(changes) + " not applied.");
                }
                return 0;
            }
            int updated = tx.execute("""
                    update agency set name = ?, kind = ?, statutory_partner = ?, compact_signed_on = ?, position = ?,
                           version = version + 1
                     where id = ? and (name, kind, statutory_partner, compact_signed_on, position)
                           is distinct from (?::text, ?::text, ?::boolean, ?::date, ?::int)""",
                    agency.name(), agency.kind().name(), agency.statutoryPartner(), compactSignedOn, position, id,
                    agency.name(), agency.kind().name(), agency.statutoryPartner(), compactSignedOn, position);
            if (!changes.isEmpty()) {
                history(tx, "AGENCY", id, null, "CHANGED", changes, PACK_REASON);
            }
            return updated;
        }
        UUID id = UUID.randomUUID();
        tx.execute("""
                insert into agency (tenant_id, id, code, name, kind, statutory_partner, compact_signed_on, position)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?)""",
                id, agency.code(), agency.name(), agency.kind().name(), agency.statutoryPartner(), compactSignedOn, position);
        history(tx, "AGENCY", id, null, "ADDED", changes(Map.of(), wanted), PACK_REASON);
        return 1;
    }

    private static int group(DSLContext tx, ReviewGroup group, int position) {
        int updated = tx.execute("""
                update review_group set name = ?, short_name = ?, former_name = ?, position = ?, version = version + 1
                 where code = ? and (name, short_name, former_name, position)
                       is distinct from (?::text, ?::text, ?::text, ?::int)""",
                group.name(), group.shortName(), group.formerName(), position, group.code(),
                group.name(), group.shortName(), group.formerName(), position);
        return updated + tx.execute("""
                insert into review_group (tenant_id, id, code, name, short_name, former_name, position)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, ?, ?, ?)
                on conflict (tenant_id, code) do nothing""",
                group.code(), group.name(), group.shortName(), group.formerName(), position);
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
            String agencyName = tx.fetchSingle("select name from agency where id = ?", agencyId).get(0, String.class);
            Map<String, String> wanted = seatFields(agencyName, m.positionTitle(), m.groupRole().name(), m.membershipKind().name(),
                    m.startDate(), m.endDate());
            var stored = tx.fetchOptional("""
                    select m.id, a.name as agency_name, m.position_title, m.group_role, m.membership_kind, m.start_date,
                           m.end_date, m.source
                      from group_member m join agency a on a.tenant_id = m.tenant_id and a.id = m.agency_id
                     where m.group_id = ? and m.pack_key = ?
                     order by m.source desc limit 1""", groupId, m.positionTitle());
            if (stored.isEmpty()) {
                UUID id = UUID.randomUUID();
                tx.execute("""
                        insert into group_member (tenant_id, id, group_id, agency_id, position_title, group_role, membership_kind,
                                                  start_date, end_date, position, pack_key)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?)""",
                        id, groupId, agencyId, m.positionTitle(), m.groupRole().name(), m.membershipKind().name(), m.startDate(),
                        m.endDate(), i, m.positionTitle());
                history(tx, "MEMBER", id, groupId, "ADDED", changes(Map.of(), wanted), PACK_REASON);
                changed++;
                continue;
            }
            var r = stored.get();
            UUID id = r.get("id", UUID.class);
            List<String[]> changes = changes(seatFields(r.get("agency_name", String.class), r.get("position_title", String.class),
                    r.get("group_role", String.class), r.get("membership_kind", String.class), r.get("start_date", LocalDate.class),
                    r.get("end_date", LocalDate.class)), wanted);
            if ("ADMIN".equals(r.get("source", String.class))) {
                if (!changes.isEmpty()) {
                    notes.add("Seat '" + m.positionTitle() + "' of group '" + group.code()
                            + "' is managed by a partnership admin: the pack's " + fieldNames(changes) + " not applied.");
                }
                continue;
            }
            int updated = tx.execute("""
                    update group_member set agency_id = ?, position_title = ?, group_role = ?, membership_kind = ?,
                           start_date = ?, end_date = ?, end_reason = case when ?::date is null then null else end_reason end,
                           position = ?, version = version + 1
                     where id = ?
                       and (agency_id, position_title, group_role, membership_kind, start_date, end_date, position)
                           is distinct from (?::uuid, ?::text, ?::text, ?::text, ?::date, ?::date, ?::int)""",
                    agencyId, m.positionTitle(), m.groupRole().name(), m.membershipKind().name(), m.startDate(), m.endDate(),
                    m.endDate(), i, id,
                    agencyId, m.positionTitle(), m.groupRole().name(), m.membershipKind().name(), m.startDate(), m.endDate(), i);
            if (!changes.isEmpty()) {
                history(tx, "MEMBER", id, groupId, "CHANGED", changes, PACK_REASON);
            }
            changed += updated;
        }
        String[] titles = members.stream().map(Member::positionTitle).toArray(String[]::new);
        var dropped = tx.fetch("""
                select m.id, a.name as agency_name, m.position_title, m.group_role, m.membership_kind, m.start_date, m.end_date,
                       m.source
                  from group_member m join agency a on a.tenant_id = m.tenant_id and a.id = m.agency_id
                 where m.group_id = ? and m.pack_key is not null and m.pack_key <> all(?::text[])""", groupId, titles);
        for (var r : dropped) {
            UUID id = r.get("id", UUID.class);
            String title = r.get("position_title", String.class);
            LocalDate start = r.get("start_date", LocalDate.class);
            LocalDate end = r.get("end_date", LocalDate.class);
            Map<String, String> before = seatFields(r.get("agency_name", String.class), title, r.get("group_role", String.class),
                    r.get("membership_kind", String.class), start, end);
            if ("ADMIN".equals(r.get("source", String.class))) {
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
                tx.execute("update group_member set end_date = ?::date, end_reason = ?, version = version + 1 where id = ?",
                        endDate, reason, id);
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

    /** Deletes the seat unless another row refers to it (attendance, follow-ups, actions...): then it is kept. */
    private static boolean deleteUnlessReferenced(DSLContext tx, UUID seatId) {
        return tx.connectionResult(c -> {
            Savepoint savepoint = c.setSavepoint();
            try (PreparedStatement delete = c.prepareStatement("delete from group_member where id = ?")) {
                delete.setObject(1, seatId);
                delete.executeUpdate();
                c.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException e) {
                if (!"23503".equals(e.getSQLState())) { // foreign_key_violation
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
        tx.execute("""
                insert into membership_change (tenant_id, id, subject, subject_id, group_id, action, changes, reason, source)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, ?, 'PACK')""",
                subject, subjectId, groupId, action, json(rows), reason);
    }

    /** What the pack did to a group's terms of reference: added a version, or left an admin's edit. */
    private sealed interface TermsChange permits Added, NotApplied {
    }

    private record Added() implements TermsChange {
    }

    private static final String SAME_CONTENT = """
            (purpose, functions, reporting_line, cadence, quorum, deadlines, performance_measures, links,
             last_reviewed_on, review_due_on)
            is not distinct from
            (?::text, ?::jsonb, ?::text, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::date, ?::date)""";

    /**
     * Adds a PACK version when the pack's content differs from the current version, unless an admin
     * made the current version: an admin's edit is not written over. Then, if the pack's content
     * also differs from the last version the pack wrote (the pack itself changed), the change is
     * answered as not applied; otherwise nothing changed (null).
     */
    private static TermsChange termsOfReference(DSLContext tx, UUID groupId, String groupCode, TermsOfReference terms) {
        Object[] content = {
                terms.purpose(), json(terms.functions()), terms.reportingLine(), json(cadence(terms.cadence())),
                json(quorum(terms.quorum())), json(terms.deadlines().stream().map(PackStore::deadline).toList()),
                json(terms.performanceMeasures().stream().map(PackStore::measure).toList()), json(terms.links()),
                terms.lastReviewedOn(), terms.reviewDueOn()};
        var current = tx.fetchOptional("select version, source, created_at, created_by, " + SAME_CONTENT + """
                 as same
                  from terms_of_reference where group_id = ? order by version desc limit 1""",
                concat(content, groupId));
        if (current.isPresent() && current.get().get("same", Boolean.class)) {
            return null;
        }
        if (current.isPresent() && "ADMIN".equals(current.get().get("source", String.class))) {
            boolean packUnchanged = tx.fetchOptional("select " + SAME_CONTENT + """
                     as same
                      from terms_of_reference where group_id = ? and source = 'PACK' order by version desc limit 1""",
                    concat(content, groupId)).map(r -> r.get("same", Boolean.class)).orElse(false);
            var admin = current.get();
            return packUnchanged ? null : new NotApplied(groupId, groupCode, admin.get("version", Integer.class),
                    admin.get("created_at", OffsetDateTime.class).toInstant(), admin.get("created_by", UUID.class));
        }
        int version = current.map(r -> r.get("version", Integer.class) + 1).orElse(1);
        tx.execute("""
                insert into terms_of_reference (tenant_id, id, group_id, version, purpose, functions, reporting_line, cadence,
                                                quorum, deadlines, performance_measures, links, last_reviewed_on, review_due_on,
                                                source)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb,
                        ?::jsonb, ?::date, ?::date, 'PACK')""",
                concat(new Object[]{groupId, version}, content));
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

    // The jsonb shapes are those of the API's TermsOfReferenceView records.
    private static Map<String, Object> cadence(TermsOfReference.Cadence c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rrule", c.rrule());
        m.put("description", c.description());
        m.put("durationMinutes", c.durationMinutes());
        m.put("minimumMeetingsPerYear", c.minimumMeetingsPerYear());
        m.put("notes", c.notes());
        return m;
    }

    private static Map<String, Object> quorum(TermsOfReference.Quorum q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", q.description());
        m.put("minimumDistinctAgencies", q.minimumDistinctAgencies());
        m.put("requiredAgencyKinds", q.requiredAgencyKinds().stream().map(Enum::name).toList());
        m.put("requiredAnyOfRoles", q.requiredAnyOfRoles().stream().map(Enum::name).toList());
        m.put("deputiesWithDelegatedAuthorityCount", q.deputiesWithDelegatedAuthorityCount());
        if (q.apologiesFollowUpAfter() != null) {
            m.put("apologiesFollowUpAfter", q.apologiesFollowUpAfter());
        }
        return m;
    }

    private static Map<String, Object> deadline(TermsOfReference.Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("label", d.label());
        m.put("workingDays", d.workingDays());
        m.put("direction", d.direction().name());
        return m;
    }

    private static Map<String, Object> measure(TermsOfReference.PerformanceMeasure p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("label", p.label());
        m.put("targetPercent", p.targetPercent());
        return m;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] concat(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
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
        return tx.execute("""
                update partnership set region = ?, child_population = ?, child_population_year = ?, child_population_source = ?,
                       statistical_neighbours = ?::text[]
                 where slug = ? and comparators_set_by = 'pack'
                   and (region, child_population, child_population_year, child_population_source, statistical_neighbours)
                       is distinct from (?::text, ?::int, ?::int, ?::text, ?::text[])""",
                region, count, year, source, neighbours, pack.slug(), region, count, year, source, neighbours);
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
        return tx.execute("""
                update partnership set issue_resolution = ?::jsonb, chair_caseload_limit = ?
                 where slug = ? and (issue_resolution, chair_caseload_limit) is distinct from (?::jsonb, ?::integer)""",
                process, limit, pack.slug(), process, limit);
    }

    /**
     * Whether the pack turns scrutiny on and the group its days count against; and its starting
     * observation framework, as version 1 when the partnership has no framework yet (later versions
     * are the scrutineers', so a pack reload never writes over them).
     */
    private static int scrutiny(DSLContext tx, Pack pack) {
        var scrutiny = pack.scrutiny();
        boolean enabled = scrutiny != null;
        String daysGroup = scrutiny == null ? null : scrutiny.daysGroup();
        int changed = tx.execute("""
                update partnership set scrutiny_enabled = ?, scrutiny_days_group = ?
                 where slug = ? and (scrutiny_enabled, scrutiny_days_group) is distinct from (?::boolean, ?::text)""",
                enabled, daysGroup, pack.slug(), enabled, daysGroup);
        if (scrutiny == null || scrutiny.framework() == null
                || tx.fetchExists(tx.selectOne().from(org.jooq.impl.DSL.table("scrutiny_framework")))) {
            return changed;
        }
        var framework = scrutiny.framework();
        UUID id = UUID.randomUUID();
        tx.execute("""
                insert into scrutiny_framework (tenant_id, id, version, name, guidance, source)
                values (current_tenant_id(), ?, 1, ?, ?, 'PACK')""", id, framework.name(), framework.guidance());
        for (int i = 0; i < framework.domains().size(); i++) {
            var d = framework.domains().get(i);
            tx.execute("""
                    insert into scrutiny_framework_domain (tenant_id, framework_id, position, code, name, guidance, prompts, rating_scale)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?::text[], ?::text[])""",
                    id, i, d.code(), d.name(), d.guidance(), d.prompts().toArray(String[]::new), d.ratingScale().toArray(String[]::new));
        }
        return changed + 1;
    }

}
