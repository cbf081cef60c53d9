package uk.reviewhub.conference.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.reviewhub.api.vocabulary.AbuseCategory;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;
import uk.reviewhub.api.vocabulary.EpisodeKind;
import uk.reviewhub.api.vocabulary.InviteeAttendance;
import uk.reviewhub.api.vocabulary.RecordKind;
import uk.reviewhub.conference.domain.Allocation;
import uk.reviewhub.conference.domain.Child;
import uk.reviewhub.conference.domain.ChildDetails;
import uk.reviewhub.conference.domain.Conference;
import uk.reviewhub.conference.domain.Episode;
import uk.reviewhub.conference.domain.Invitee;
import uk.reviewhub.conference.domain.IssuedRecord;
import uk.reviewhub.conference.domain.Person;
import uk.reviewhub.conference.domain.ReviewAction;
import uk.reviewhub.database.VersionedUpdate;
import uk.reviewhub.database.jooq.tables.AppUser;
import uk.reviewhub.database.jooq.tables.records.CpConferenceRecord;
import uk.reviewhub.database.jooq.tables.records.CpEpisodeRecord;
import uk.reviewhub.api.vocabulary.AgencyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.CP_ACTION;
import static uk.reviewhub.database.jooq.Tables.CP_ALLOCATION;
import static uk.reviewhub.database.jooq.Tables.CP_CHILD;
import static uk.reviewhub.database.jooq.Tables.CP_CONFERENCE;
import static uk.reviewhub.database.jooq.Tables.CP_EPISODE;
import static uk.reviewhub.database.jooq.Tables.CP_INVITEE;
import static uk.reviewhub.database.jooq.Tables.CP_RECORD;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP_MEMBERSHIP;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;

/**
 * The safeguarding service's rows (V18), on the generated schema; row-level security scopes every
 * query to the bound partnership. Answers the domain's records.
 */
@Singleton
public class SafeguardingStore {

    public static final String CHAIR_ROLE = "SAFEGUARDING_CHAIR";

    private static final AppUser CHAIR = APP_USER.as("chair");

    private final DSLContext dsl;

    SafeguardingStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // -- the service ---------------------------------------------------------------------------------

    /** The service as the pack set it: its group's id (empty when the pack runs no service) and midway reviews. */
    public record ServiceSettings(Optional<UUID> groupId, boolean midwayReviews) {
    }

    public ServiceSettings settings() {
        var row = dsl.select(PARTNERSHIP.SAFEGUARDING_SERVICE_GROUP, PARTNERSHIP.MIDWAY_REVIEWS).from(PARTNERSHIP).fetchOptional();
        String code = row.map(r -> r.value1()).orElse(null);
        Optional<UUID> group = code == null ? Optional.empty()
                : dsl.select(REVIEW_GROUP.ID).from(REVIEW_GROUP).where(REVIEW_GROUP.CODE.eq(code)).fetchOptional(REVIEW_GROUP.ID);
        return new ServiceSettings(group, row.map(r -> Boolean.TRUE.equals(r.value2())).orElse(false));
    }

    /** The people who hold the chair's role today, by name. */
    public List<Person> chairs(LocalDate today) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(PARTNERSHIP_MEMBERSHIP)
                .join(APP_USER).on(APP_USER.ID.eq(PARTNERSHIP_MEMBERSHIP.USER_ID))
                .where(PARTNERSHIP_MEMBERSHIP.ROLES.contains(new String[] {CHAIR_ROLE}))
                .and(PARTNERSHIP_MEMBERSHIP.START_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.START_DATE.le(today)))
                .and(PARTNERSHIP_MEMBERSHIP.END_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.END_DATE.ge(today)))
                .orderBy(APP_USER.DISPLAY_NAME)
                .fetch(r -> new Person(r.value1(), r.value2()));
    }

    /** The partnership roles {@code userId} holds on {@code today} (none: an empty set). */
    public java.util.Set<String> currentRoles(UUID userId, LocalDate today) {
        java.util.Set<String> roles = new java.util.HashSet<>();
        dsl.select(PARTNERSHIP_MEMBERSHIP.ROLES).from(PARTNERSHIP_MEMBERSHIP)
                .where(PARTNERSHIP_MEMBERSHIP.USER_ID.eq(userId))
                .and(PARTNERSHIP_MEMBERSHIP.START_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.START_DATE.le(today)))
                .and(PARTNERSHIP_MEMBERSHIP.END_DATE.isNull().or(PARTNERSHIP_MEMBERSHIP.END_DATE.ge(today)))
                .fetch(PARTNERSHIP_MEMBERSHIP.ROLES).forEach(r -> roles.addAll(java.util.List.of(r)));
        return roles;
    }

    public Optional<Person> person(UUID userId) {
        return dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new Person(r.value1(), r.value2()));
    }

    // -- children ------------------------------------------------------------------------------------

    /** Every child (chairId null), or those allocated to {@code chairId}; by case reference. */
    public List<Child> children(UUID chairId) {
        return dsl.select(childFields()).from(CP_CHILD).leftJoin(CHAIR).on(CHAIR.ID.eq(CP_CHILD.CHAIR_USER_ID))
                .where(chairId == null ? DSL.noCondition() : CP_CHILD.CHAIR_USER_ID.eq(chairId))
                .orderBy(CP_CHILD.CASE_REFERENCE)
                .fetch(SafeguardingStore::child);
    }

    public Optional<Child> child(UUID childId) {
        return dsl.select(childFields()).from(CP_CHILD).leftJoin(CHAIR).on(CHAIR.ID.eq(CP_CHILD.CHAIR_USER_ID))
                .where(CP_CHILD.ID.eq(childId)).fetchOptional(SafeguardingStore::child);
    }

    public Optional<Child> childForUpdate(UUID childId) {
        return dsl.select(childFields()).from(CP_CHILD).leftJoin(CHAIR).on(CHAIR.ID.eq(CP_CHILD.CHAIR_USER_ID))
                .where(CP_CHILD.ID.eq(childId)).forUpdate().of(CP_CHILD).fetchOptional(SafeguardingStore::child);
    }

    public List<Child> siblings(UUID siblingGroup) {
        return dsl.select(childFields()).from(CP_CHILD).leftJoin(CHAIR).on(CHAIR.ID.eq(CP_CHILD.CHAIR_USER_ID))
                .where(CP_CHILD.SIBLING_GROUP.eq(siblingGroup)).orderBy(CP_CHILD.CASE_REFERENCE).fetch(SafeguardingStore::child);
    }

    public boolean caseReferenceTaken(String caseReference, UUID except) {
        return dsl.fetchExists(CP_CHILD, CP_CHILD.CASE_REFERENCE.eq(caseReference)
                .and(except == null ? DSL.noCondition() : CP_CHILD.ID.ne(except)));
    }

    public UUID insertChild(ChildDetails d, UUID siblingGroup) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CP_CHILD)
                .set(CP_CHILD.TENANT_ID, currentTenantId())
                .set(CP_CHILD.ID, id)
                .set(CP_CHILD.CASE_REFERENCE, d.caseReference())
                .set(CP_CHILD.INITIALS, d.initials())
                .set(CP_CHILD.BORN_ON, d.bornOn())
                .set(CP_CHILD.EXPECTED_ON, d.expectedOn())
                .set(CP_CHILD.BOROUGH, d.borough())
                .set(CP_CHILD.SIBLING_GROUP, siblingGroup)
                .execute();
        return id;
    }

    public void setSiblingGroup(UUID childId, UUID siblingGroup) {
        dsl.update(CP_CHILD).set(CP_CHILD.SIBLING_GROUP, siblingGroup).where(CP_CHILD.ID.eq(childId)).execute();
    }

    /** False when {@code version} is no longer current. */
    public boolean updateChild(UUID childId, ChildDetails d, int version) {
        return VersionedUpdate.execute(dsl.update(CP_CHILD)
                .set(CP_CHILD.CASE_REFERENCE, d.caseReference())
                .set(CP_CHILD.INITIALS, d.initials())
                .set(CP_CHILD.BORN_ON, d.bornOn())
                .set(CP_CHILD.EXPECTED_ON, d.expectedOn())
                .set(CP_CHILD.BOROUGH, d.borough()),
                CP_CHILD.ID, childId, CP_CHILD.VERSION, version);
    }

    public void allocate(UUID childId, UUID chairId, UUID previousChairId, LocalDate on, String reason, UUID by) {
        dsl.update(CP_CHILD).set(CP_CHILD.CHAIR_USER_ID, chairId).set(CP_CHILD.VERSION, CP_CHILD.VERSION.plus(1))
                .where(CP_CHILD.ID.eq(childId)).execute();
        dsl.insertInto(CP_ALLOCATION)
                .set(CP_ALLOCATION.TENANT_ID, currentTenantId())
                .set(CP_ALLOCATION.ID, UUID.randomUUID())
                .set(CP_ALLOCATION.CHILD_ID, childId)
                .set(CP_ALLOCATION.CHAIR_USER_ID, chairId)
                .set(CP_ALLOCATION.PREVIOUS_CHAIR_ID, previousChairId)
                .set(CP_ALLOCATION.ALLOCATED_ON, on)
                .set(CP_ALLOCATION.REASON, reason)
                .set(CP_ALLOCATION.ALLOCATED_BY, by)
                .execute();
    }

    public List<Allocation> allocations(UUID childId) {
        AppUser previous = APP_USER.as("previous");
        AppUser by = APP_USER.as("by_user");
        return dsl.select(CP_ALLOCATION.ID, CP_ALLOCATION.CHILD_ID, CP_ALLOCATION.CHAIR_USER_ID, CHAIR.DISPLAY_NAME,
                        CP_ALLOCATION.PREVIOUS_CHAIR_ID, previous.DISPLAY_NAME, CP_ALLOCATION.ALLOCATED_ON, CP_ALLOCATION.REASON,
                        CP_ALLOCATION.ALLOCATED_BY, by.DISPLAY_NAME, CP_ALLOCATION.ALLOCATED_AT)
                .from(CP_ALLOCATION)
                .join(CHAIR).on(CHAIR.ID.eq(CP_ALLOCATION.CHAIR_USER_ID))
                .leftJoin(previous).on(previous.ID.eq(CP_ALLOCATION.PREVIOUS_CHAIR_ID))
                .leftJoin(by).on(by.ID.eq(CP_ALLOCATION.ALLOCATED_BY))
                .where(CP_ALLOCATION.CHILD_ID.eq(childId))
                .orderBy(CP_ALLOCATION.ALLOCATED_AT.desc(), CP_ALLOCATION.ID)
                .fetch(r -> new Allocation(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10() == null ? "" : r.value10(), r.value11().toInstant()));
    }

    private static Field<?>[] childFields() {
        return new Field<?>[] {CP_CHILD.ID, CP_CHILD.CASE_REFERENCE, CP_CHILD.INITIALS, CP_CHILD.BORN_ON, CP_CHILD.EXPECTED_ON,
                CP_CHILD.BOROUGH, CP_CHILD.SIBLING_GROUP, CP_CHILD.CHAIR_USER_ID, CHAIR.DISPLAY_NAME, CP_CHILD.VERSION};
    }

    private static Child child(Record r) {
        return new Child(r.get(CP_CHILD.ID), r.get(CP_CHILD.CASE_REFERENCE), r.get(CP_CHILD.INITIALS), r.get(CP_CHILD.BORN_ON),
                r.get(CP_CHILD.EXPECTED_ON), r.get(CP_CHILD.BOROUGH), r.get(CP_CHILD.SIBLING_GROUP), r.get(CP_CHILD.CHAIR_USER_ID),
                r.get(CHAIR.DISPLAY_NAME), r.get(CP_CHILD.VERSION));
    }

    // -- episodes ------------------------------------------------------------------------------------

    public List<Episode> episodes(UUID childId) {
        return dsl.selectFrom(CP_EPISODE).where(CP_EPISODE.CHILD_ID.eq(childId))
                .orderBy(CP_EPISODE.STARTED_ON, CP_EPISODE.CREATED_AT).fetch(SafeguardingStore::episode);
    }

    public Optional<Episode> episode(UUID episodeId) {
        return dsl.selectFrom(CP_EPISODE).where(CP_EPISODE.ID.eq(episodeId)).fetchOptional(SafeguardingStore::episode);
    }

    public Optional<Episode> episodeForUpdate(UUID episodeId) {
        return dsl.selectFrom(CP_EPISODE).where(CP_EPISODE.ID.eq(episodeId)).forUpdate().fetchOptional(SafeguardingStore::episode);
    }

    public UUID insertEpisode(UUID childId, EpisodeKind kind, LocalDate startedOn, boolean preBirth) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CP_EPISODE)
                .set(CP_EPISODE.TENANT_ID, currentTenantId())
                .set(CP_EPISODE.ID, id)
                .set(CP_EPISODE.CHILD_ID, childId)
                .set(CP_EPISODE.KIND, kind.name())
                .set(CP_EPISODE.STARTED_ON, startedOn)
                .set(CP_EPISODE.PRE_BIRTH, preBirth)
                .execute();
        return id;
    }

    /** Writes the episode's dated facts as given (the caller read it for update); bumps its version. */
    public void updateEpisode(Episode e) {
        dsl.update(CP_EPISODE)
                .set(CP_EPISODE.PLAN_STARTED_ON, e.planStartedOn())
                .set(CP_EPISODE.FIRST_CORE_GROUP_ON, e.firstCoreGroupOn())
                .set(CP_EPISODE.IRO_ALLOCATED_ON, e.iroAllocatedOn())
                .set(CP_EPISODE.PANEL_CHECKED_ON, e.panelCheckedOn())
                .set(CP_EPISODE.ENDED_ON, e.endedOn())
                .set(CP_EPISODE.END_REASON, e.endReason())
                .set(CP_EPISODE.VERSION, CP_EPISODE.VERSION.plus(1))
                .where(CP_EPISODE.ID.eq(e.id()))
                .execute();
    }

    private static Episode episode(CpEpisodeRecord r) {
        return new Episode(r.getId(), r.getChildId(), EpisodeKind.valueOf(r.getKind()), r.getStartedOn(), r.getPreBirth(),
                r.getPlanStartedOn(), r.getFirstCoreGroupOn(), r.getIroAllocatedOn(), r.getPanelCheckedOn(), r.getEndedOn(),
                r.getEndReason(), r.getVersion());
    }

    // -- conferences ---------------------------------------------------------------------------------

    private static final Field<LocalDate> LETTER = select(min(CP_RECORD.ISSUED_ON)).from(CP_RECORD)
            .where(CP_RECORD.CONFERENCE_ID.eq(CP_CONFERENCE.ID)).and(CP_RECORD.KIND.eq("DECISION_LETTER")).asField("letter");
    private static final Field<LocalDate> FULL = select(min(CP_RECORD.ISSUED_ON)).from(CP_RECORD)
            .where(CP_RECORD.CONFERENCE_ID.eq(CP_CONFERENCE.ID)).and(CP_RECORD.KIND.eq("FULL_RECORD")).asField("full_record");

    public List<Conference> conferences(UUID episodeId) {
        return dsl.select(CP_CONFERENCE.asterisk(), LETTER, FULL).from(CP_CONFERENCE).where(CP_CONFERENCE.EPISODE_ID.eq(episodeId))
                .orderBy(CP_CONFERENCE.KIND, CP_CONFERENCE.NUMBER).fetch(SafeguardingStore::conference);
    }

    public Optional<Conference> conference(UUID conferenceId) {
        return dsl.select(CP_CONFERENCE.asterisk(), LETTER, FULL).from(CP_CONFERENCE).where(CP_CONFERENCE.ID.eq(conferenceId))
                .fetchOptional(SafeguardingStore::conference);
    }

    /** Locks the conference's row; answers it. */
    public Optional<Conference> conferenceForUpdate(UUID conferenceId) {
        dsl.selectOne().from(CP_CONFERENCE).where(CP_CONFERENCE.ID.eq(conferenceId)).forUpdate().fetch();
        return conference(conferenceId);
    }

    public UUID insertConference(UUID episodeId, ConferenceKind kind, int number, LocalDate plannedOn, UUID reconvenesId,
                                 boolean earlyAtIroRequest) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CP_CONFERENCE)
                .set(CP_CONFERENCE.TENANT_ID, currentTenantId())
                .set(CP_CONFERENCE.ID, id)
                .set(CP_CONFERENCE.EPISODE_ID, episodeId)
                .set(CP_CONFERENCE.KIND, kind.name())
                .set(CP_CONFERENCE.NUMBER, number)
                .set(CP_CONFERENCE.PLANNED_ON, plannedOn)
                .set(CP_CONFERENCE.RECONVENES_ID, reconvenesId)
                .set(CP_CONFERENCE.EARLY_AT_IRO_REQUEST, earlyAtIroRequest)
                .execute();
        return id;
    }

    /** Writes the conference's recorded facts; false when {@code version} is given and no longer current. */
    public boolean updateConference(Conference c, Integer version) {
        Conference.Participation p = c.participation();
        Conference.Outcome o = c.outcome();
        return VersionedUpdate.execute(dsl.update(CP_CONFERENCE)
                .set(CP_CONFERENCE.HELD_ON, c.heldOn())
                .set(CP_CONFERENCE.QUORATE, c.quorate())
                .set(CP_CONFERENCE.DELAY_REASON, c.delayReason())
                .set(CP_CONFERENCE.REPORTS_SHARED_ON, c.reportsSharedOn())
                .set(CP_CONFERENCE.CHILD_ATTENDED, p.childAttended())
                .set(CP_CONFERENCE.CHILD_VIEWS, p.childViews())
                .set(CP_CONFERENCE.ADVOCATE_OFFERED, p.advocateOffered())
                .set(CP_CONFERENCE.PARENTS_ATTENDED, p.parentsAttended())
                .set(CP_CONFERENCE.PARENTS_VIEWS, p.parentsViews())
                .set(CP_CONFERENCE.OUTCOME, o.decision() == null ? null : o.decision().name())
                .set(CP_CONFERENCE.CATEGORY, o.category() == null ? null : o.category().name())
                .set(CP_CONFERENCE.REASONS, o.reasons())
                .set(CP_CONFERENCE.DISSENT, o.dissent())
                .set(CP_CONFERENCE.LEAD_SOCIAL_WORKER, o.leadSocialWorker())
                .set(CP_CONFERENCE.CORE_GROUP, o.coreGroup())
                .set(CP_CONFERENCE.OUTLINE_PLAN, o.outlinePlan())
                .set(CP_CONFERENCE.CONTINGENCY_PLAN, o.contingencyPlan())
                .set(CP_CONFERENCE.CARE_PLAN_SCRUTINY, o.carePlanScrutiny())
                .set(CP_CONFERENCE.NEXT_ON, o.nextOn()),
                CP_CONFERENCE.ID, c.id(), CP_CONFERENCE.VERSION, version);
    }

    private static Conference conference(Record r) {
        CpConferenceRecord c = r.into(CP_CONFERENCE);
        return new Conference(c.getId(), c.getEpisodeId(), ConferenceKind.valueOf(c.getKind()), c.getNumber(), c.getPlannedOn(),
                c.getHeldOn(), c.getReconvenesId(), c.getQuorate(), c.getDelayReason(), c.getReportsSharedOn(),
                c.getEarlyAtIroRequest(),
                new Conference.Participation(c.getChildAttended(), c.getChildViews(), c.getAdvocateOffered(), c.getParentsAttended(),
                        c.getParentsViews()),
                new Conference.Outcome(c.getOutcome() == null ? null : ConferenceOutcome.valueOf(c.getOutcome()),
                        c.getCategory() == null ? null : AbuseCategory.valueOf(c.getCategory()), c.getReasons(), c.getDissent(),
                        c.getLeadSocialWorker(), c.getCoreGroup(), c.getOutlinePlan(), c.getContingencyPlan(),
                        c.getCarePlanScrutiny(), c.getNextOn()),
                r.get(LETTER), r.get(FULL), c.getVersion());
    }

    // -- invitees ------------------------------------------------------------------------------------

    /** An agency of the partnership: name and kind. */
    public record AgencyFacts(UUID id, String name, AgencyKind kind) {
    }

    public Optional<AgencyFacts> agency(UUID agencyId) {
        return dsl.select(AGENCY.ID, AGENCY.NAME, AGENCY.KIND).from(AGENCY).where(AGENCY.ID.eq(agencyId))
                .fetchOptional(r -> new AgencyFacts(r.value1(), r.value2(), AgencyKind.valueOf(r.value3())));
    }

    public List<Invitee> invitees(UUID conferenceId) {
        return dsl.select(CP_INVITEE.asterisk(), AGENCY.NAME, AGENCY.KIND).from(CP_INVITEE)
                .join(AGENCY).on(AGENCY.ID.eq(CP_INVITEE.AGENCY_ID))
                .where(CP_INVITEE.CONFERENCE_ID.eq(conferenceId))
                .orderBy(AGENCY.NAME, CP_INVITEE.ROLE_TITLE, CP_INVITEE.ID)
                .fetch(SafeguardingStore::invitee);
    }

    public Optional<Invitee> invitee(UUID inviteeId) {
        return dsl.select(CP_INVITEE.asterisk(), AGENCY.NAME, AGENCY.KIND).from(CP_INVITEE)
                .join(AGENCY).on(AGENCY.ID.eq(CP_INVITEE.AGENCY_ID))
                .where(CP_INVITEE.ID.eq(inviteeId)).fetchOptional(SafeguardingStore::invitee);
    }

    public UUID insertInvitee(UUID conferenceId, UUID agencyId, String roleTitle, boolean directContact) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CP_INVITEE)
                .set(CP_INVITEE.TENANT_ID, currentTenantId())
                .set(CP_INVITEE.ID, id)
                .set(CP_INVITEE.CONFERENCE_ID, conferenceId)
                .set(CP_INVITEE.AGENCY_ID, agencyId)
                .set(CP_INVITEE.ROLE_TITLE, roleTitle)
                .set(CP_INVITEE.DIRECT_CONTACT, directContact)
                .execute();
        return id;
    }

    public boolean updateAttendance(UUID inviteeId, InviteeAttendance attendance, LocalDate reportReceivedOn, Integer version) {
        return VersionedUpdate.execute(dsl.update(CP_INVITEE)
                .set(CP_INVITEE.ATTENDANCE, attendance.name())
                .set(CP_INVITEE.REPORT_RECEIVED_ON, reportReceivedOn),
                CP_INVITEE.ID, inviteeId, CP_INVITEE.VERSION, version);
    }

    private static Invitee invitee(Record r) {
        return new Invitee(r.get(CP_INVITEE.ID), r.get(CP_INVITEE.CONFERENCE_ID), r.get(CP_INVITEE.AGENCY_ID), r.get(AGENCY.NAME),
                AgencyKind.valueOf(r.get(AGENCY.KIND)), r.get(CP_INVITEE.ROLE_TITLE), r.get(CP_INVITEE.DIRECT_CONTACT),
                InviteeAttendance.valueOf(r.get(CP_INVITEE.ATTENDANCE)), r.get(CP_INVITEE.REPORT_RECEIVED_ON),
                r.get(CP_INVITEE.VERSION));
    }

    // -- actions -------------------------------------------------------------------------------------

    public List<ReviewAction> actions(UUID conferenceId) {
        return dsl.selectFrom(CP_ACTION).where(CP_ACTION.CONFERENCE_ID.eq(conferenceId)).orderBy(CP_ACTION.DUE_ON, CP_ACTION.ID)
                .fetch(r -> new ReviewAction(r.getId(), r.getConferenceId(), r.getDescription(), r.getOwner(), r.getDueOn(),
                        r.getCompletedOn(), r.getVersion()));
    }

    public Optional<ReviewAction> action(UUID actionId) {
        return dsl.selectFrom(CP_ACTION).where(CP_ACTION.ID.eq(actionId))
                .fetchOptional(r -> new ReviewAction(r.getId(), r.getConferenceId(), r.getDescription(), r.getOwner(), r.getDueOn(),
                        r.getCompletedOn(), r.getVersion()));
    }

    public UUID insertAction(UUID conferenceId, String description, String owner, LocalDate dueOn) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CP_ACTION)
                .set(CP_ACTION.TENANT_ID, currentTenantId())
                .set(CP_ACTION.ID, id)
                .set(CP_ACTION.CONFERENCE_ID, conferenceId)
                .set(CP_ACTION.DESCRIPTION, description)
                .set(CP_ACTION.OWNER, owner)
                .set(CP_ACTION.DUE_ON, dueOn)
                .execute();
        return id;
    }

    public boolean completeAction(UUID actionId, LocalDate completedOn, Integer version) {
        return VersionedUpdate.execute(dsl.update(CP_ACTION)
                .set(CP_ACTION.COMPLETED_ON, completedOn),
                CP_ACTION.ID, actionId, CP_ACTION.VERSION, version);
    }

    // -- issued records ------------------------------------------------------------------------------

    /** The names a record carries: the partnership's and the service group's (empty when none). */
    public record Names(String partnership, String partnershipShort, String group, String groupShort) {
    }

    public Names names() {
        var p = dsl.select(PARTNERSHIP.NAME, PARTNERSHIP.SHORT_NAME, PARTNERSHIP.SAFEGUARDING_SERVICE_GROUP).from(PARTNERSHIP).fetchOne();
        var g = p == null || p.value3() == null ? null
                : dsl.select(REVIEW_GROUP.NAME, REVIEW_GROUP.SHORT_NAME).from(REVIEW_GROUP).where(REVIEW_GROUP.CODE.eq(p.value3())).fetchOne();
        return new Names(p == null ? "" : p.value1(), p == null ? "" : p.value2(), g == null ? "" : g.value1(),
                g == null || g.value2() == null ? "" : g.value2());
    }

    public List<IssuedRecord> records(UUID conferenceId) {
        return dsl.select(CP_RECORD.asterisk(), APP_USER.DISPLAY_NAME).from(CP_RECORD).leftJoin(APP_USER).on(APP_USER.ID.eq(CP_RECORD.ISSUED_BY))
                .where(CP_RECORD.CONFERENCE_ID.eq(conferenceId)).orderBy(CP_RECORD.KIND, CP_RECORD.ISSUE)
                .fetch(SafeguardingStore::issued);
    }

    public Optional<IssuedRecord> record(UUID recordId) {
        return dsl.select(CP_RECORD.asterisk(), APP_USER.DISPLAY_NAME).from(CP_RECORD).leftJoin(APP_USER).on(APP_USER.ID.eq(CP_RECORD.ISSUED_BY))
                .where(CP_RECORD.ID.eq(recordId)).fetchOptional(SafeguardingStore::issued);
    }

    public UUID insertRecord(UUID conferenceId, RecordKind kind, int issue, LocalDate issuedOn, UUID issuedBy, String amendmentReason,
                             String body) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(CP_RECORD)
                .set(CP_RECORD.TENANT_ID, currentTenantId())
                .set(CP_RECORD.ID, id)
                .set(CP_RECORD.CONFERENCE_ID, conferenceId)
                .set(CP_RECORD.KIND, kind.name())
                .set(CP_RECORD.ISSUE, issue)
                .set(CP_RECORD.ISSUED_ON, issuedOn)
                .set(CP_RECORD.ISSUED_BY, issuedBy)
                .set(CP_RECORD.AMENDMENT_REASON, amendmentReason)
                .set(CP_RECORD.BODY, body)
                .execute();
        return id;
    }

    private static IssuedRecord issued(Record r) {
        return new IssuedRecord(r.get(CP_RECORD.ID), r.get(CP_RECORD.CONFERENCE_ID), RecordKind.valueOf(r.get(CP_RECORD.KIND)),
                r.get(CP_RECORD.ISSUE), r.get(CP_RECORD.ISSUED_ON), r.get(CP_RECORD.ISSUED_BY), r.get(APP_USER.DISPLAY_NAME),
                r.get(CP_RECORD.AMENDMENT_REASON), r.get(CP_RECORD.BODY));
    }
}
