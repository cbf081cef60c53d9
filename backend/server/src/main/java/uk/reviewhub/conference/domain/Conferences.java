package uk.reviewhub.conference.domain;

import uk.reviewhub.time.LondonTime;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.AbuseCategory;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;
import uk.reviewhub.api.vocabulary.EpisodeKind;
import uk.reviewhub.api.vocabulary.InviteeAttendance;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.conference.persistence.SafeguardingStore;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.meeting.domain.Attendee;
import uk.reviewhub.meeting.domain.MeetingGroups;
import uk.reviewhub.meeting.domain.QuorumRule;
import uk.reviewhub.meeting.domain.QuorumVerdict;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static uk.reviewhub.conference.domain.DateRules.blankToNull;
import static uk.reviewhub.conference.domain.DateRules.required;
import static uk.reviewhub.conference.domain.DateRules.within;

/**
 * Conferences and reviews: scheduled in the order the episode allows, held (the quorum read from
 * the attendance then, with the meetings' quorum engine and the service group's terms of
 * reference), participation, outcome and, for a looked-after review, SMART actions. Every read and
 * change is audited. Whoever may see the child may read its conferences; the outcome is the chair's.
 */
@Singleton
public class Conferences {

    public static final String CONFERENCE = "cp-conference";
    private static final String NO_CONFERENCE = "No such conference or review in this service.";
    private static final Set<ConferenceKind> CHILD_PROTECTION = EnumSet.of(ConferenceKind.INITIAL, ConferenceKind.REVIEW);

    private final SafeguardingStore store;
    private final AuditLog audit;
    private final ServiceClocks clocks;
    private final MeetingGroups groups;

    Conferences(SafeguardingStore store, AuditLog audit, ServiceClocks clocks, MeetingGroups groups) {
        this.store = store;
        this.audit = audit;
        this.clocks = clocks;
        this.groups = groups;
    }

    /** A conference with what its page shows. */
    public record ConferenceFile(Child child, Episode episode, Conference conference, List<Invitee> invitees, QuorumVerdict quorum,
                                 List<ReviewAction> actions, List<ChainStep> clocks) {
    }

    /** Where a conference sits: its child (visible to the person) and episode. */
    private record Place(Child child, Episode episode, Conference conference) {
    }

    @Transactional
    public ConferenceFile read(Viewer viewer, UUID conferenceId) {
        Place place = place(viewer, conferenceId, false);
        audit.record(viewer.userId(), AuditLog.READ, CONFERENCE, conferenceId);
        return file(place);
    }

    @Transactional
    public QuorumVerdict quorum(Viewer viewer, UUID conferenceId) {
        Place place = place(viewer, conferenceId, false);
        audit.record(viewer.userId(), AuditLog.READ, "cp-quorum", conferenceId);
        return verdict(place.conference(), store.invitees(conferenceId));
    }

    // -- scheduling ----------------------------------------------------------------------------------

    @Transactional
    public ConferenceFile schedule(Viewer viewer, UUID episodeId, ConferenceKind kind, LocalDate plannedOn, boolean earlyAtIroRequest) {
        Episode episode = store.episodeForUpdate(episodeId).orElseThrow(() -> new NotFoundException("No such episode in this service."));
        Child child = store.child(episode.childId()).filter(c -> viewer.sees(c.chairId()))
                .orElseThrow(() -> new NotFoundException("No such episode in this service."));
        boolean childProtection = episode.kind() == EpisodeKind.CHILD_PROTECTION;
        if (childProtection != CHILD_PROTECTION.contains(kind)) {
            throw new InvalidFieldException("kind", childProtection
                    ? "A child protection episode has an initial conference and review conferences."
                    : "A looked-after episode has looked-after reviews and midway reviews.");
        }
        if (!episode.open()) {
            throw new RuleNotMetException("The episode ended on " + LondonTime.UK_DATE.format(episode.endedOn())
                    + "; nothing more is held in it.");
        }
        within("plannedOn", "The planned date", plannedOn, episode.startedOn(), "the start of the episode",
                clocks.today().plusYears(1), "a year from today");
        List<Conference> existing = store.conferences(episodeId);
        List<Conference> sameKind = existing.stream().filter(c -> c.kind() == kind).toList();
        if (sameKind.stream().anyMatch(c -> !c.held())) {
            throw new RuleNotMetException("A " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " is already planned and not yet held; move that one instead.");
        }
        UUID reconvenes = null;
        switch (kind) {
            case INITIAL -> {
                Optional<Conference> last = sameKind.stream().reduce((a, b) -> b);
                if (last.isPresent() && last.get().counts()) {
                    throw new RuleNotMetException("The initial conference was held on " + LondonTime.UK_DATE.format(last.get().heldOn())
                            + "; what follows is a review conference.");
                }
                reconvenes = last.map(Conference::id).orElse(null);
            }
            case REVIEW -> {
                if (episode.planStartedOn() == null) {
                    throw new RuleNotMetException("A review conference follows an initial conference that made a child protection plan.");
                }
            }
            case LAC_REVIEW -> {
                // Reviews follow each other; an early one at the reviewing officer's request is marked.
            }
            case MIDWAY_REVIEW -> {
                if (!store.settings().midwayReviews()) {
                    throw new RuleNotMetException("This partnership does not run midway reviews: its pack does not turn them on.");
                }
                if (existing.stream().noneMatch(c -> c.kind() == ConferenceKind.LAC_REVIEW && c.held())) {
                    throw new RuleNotMetException("A midway review comes between looked-after reviews: hold the first review first.");
                }
            }
        }
        if (earlyAtIroRequest && kind != ConferenceKind.LAC_REVIEW) {
            throw new InvalidFieldException("earlyAtIroRequest", "Only a looked-after review is brought forward at the reviewing officer's request.");
        }
        UUID id = store.insertConference(episodeId, kind, sameKind.size() + 1, plannedOn, reconvenes, earlyAtIroRequest);
        audit.record(viewer.userId(), AuditLog.CREATE, CONFERENCE, id, Map.of("episodeId", episodeId.toString(), "kind", kind.name()));
        return file(new Place(child, episode, store.conference(id).orElseThrow()));
    }

    /**
     * The conference was held: its quorum is read from the attendance (child protection conferences),
     * and one held after its due date needs the agreed reason for the delay.
     */
    @Transactional
    public ConferenceFile held(Viewer viewer, UUID conferenceId, LocalDate heldOn, String delayReason, LocalDate reportsSharedOn,
                               Integer version) {
        Place place = place(viewer, conferenceId, true);
        Conference c = place.conference();
        if (c.held()) {
            throw new RuleNotMetException("The " + c.title() + " was already held on " + LondonTime.UK_DATE.format(c.heldOn()) + ".");
        }
        Episode episode = place.episode();
        within("heldOn", "The day it was held", heldOn, episode.startedOn(), "the start of the episode", clocks.today(), "today");
        within("reportsSharedOn", "The day reports were shared with the parents", reportsSharedOn, episode.startedOn(),
                "the start of the episode", heldOn, "the day it was held");
        for (Conference other : store.conferences(episode.id())) {
            if (other.kind() == c.kind() && other.number() < c.number() && other.held() && heldOn.isBefore(other.heldOn())) {
                throw new InvalidFieldException("heldOn", "It cannot be held before the " + other.title() + " ("
                        + LondonTime.UK_DATE.format(other.heldOn()) + ").");
            }
        }
        Boolean quorate = CHILD_PROTECTION.contains(c.kind()) ? verdict(c, store.invitees(c.id())).quorate() : null;
        Conference asHeld = new Conference(c.id(), c.episodeId(), c.kind(), c.number(), c.plannedOn(), heldOn, c.reconvenesId(),
                quorate, blankToNull(delayReason), reportsSharedOn, c.earlyAtIroRequest(), c.participation(), c.outcome(),
                c.letterIssuedOn(), c.recordIssuedOn(), c.version());
        EpisodeChain chain = clocks.chain();
        List<Conference> all = store.conferences(episode.id()).stream().map(x -> x.id().equals(c.id()) ? asHeld : x).toList();
        boolean late = chain.conferenceClocks(place.child(), episode, all, asHeld).stream()
                .anyMatch(s -> s.actualOn() != null && s.actualOn().equals(heldOn) && s.status().equals("MET_LATE")
                        && s.clockCode() != null && !s.clockCode().startsWith("reports-"));
        if (late && asHeld.delayReason() == null) {
            throw new InvalidFieldException("delayReason", "It was held after its due date: record the agreed reason for the delay.");
        }
        if (!store.updateConference(asHeld, version)) {
            throw stale();
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, CONFERENCE, conferenceId, Map.of("held", heldOn.toString()));
        return file(place(viewer, conferenceId, false));
    }

    // -- invitees and attendance ---------------------------------------------------------------------

    @Transactional
    public ConferenceFile invite(Viewer viewer, UUID conferenceId, UUID agencyId, String roleTitle, boolean directContact) {
        Place place = place(viewer, conferenceId, true);
        store.agency(agencyId).orElseThrow(() -> new InvalidFieldException("agencyId", "No such agency in this partnership."));
        if (place.conference().held()) {
            throw new RuleNotMetException("The " + place.conference().title() + " was held; its invitees are as recorded.");
        }
        store.insertInvitee(conferenceId, agencyId, roleTitle.strip(), directContact);
        audit.record(viewer.userId(), AuditLog.UPDATE, CONFERENCE, conferenceId, Map.of("invited", agencyId.toString()));
        return file(place(viewer, conferenceId, false));
    }

    @Transactional
    public ConferenceFile attendance(Viewer viewer, UUID inviteeId, InviteeAttendance attendance, LocalDate reportReceivedOn,
                                     Integer version) {
        Invitee invitee = store.invitee(inviteeId).orElseThrow(() -> new NotFoundException("No such invitee in this service."));
        Place place;
        try {
            place = place(viewer, invitee.conferenceId(), true);
        } catch (NotFoundException e) {
            throw new NotFoundException("No such invitee in this service.");
        }
        if (place.conference().held()) {
            throw new RuleNotMetException("The " + place.conference().title() + " was held; its attendance and quorum are as recorded.");
        }
        within("reportReceivedOn", "The day the report was received", reportReceivedOn, place.episode().startedOn(),
                "the start of the episode", clocks.today(), "today");
        if (!store.updateAttendance(inviteeId, attendance, reportReceivedOn, version)) {
            throw stale();
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, CONFERENCE, invitee.conferenceId(), Map.of("attendance", attendance.name()));
        return file(place(viewer, invitee.conferenceId(), false));
    }

    // -- participation and outcome -------------------------------------------------------------------

    @Transactional
    public ConferenceFile participation(Viewer viewer, UUID conferenceId, Conference.Participation participation, Integer version) {
        Place place = place(viewer, conferenceId, true);
        Conference c = place.conference();
        if (!c.held()) {
            throw new RuleNotMetException("Participation is recorded once the " + c.title() + " is held.");
        }
        lockedUnlessAmended(c, null);
        Conference.Participation p = new Conference.Participation(participation.childAttended(), blankToNull(participation.childViews()),
                participation.advocateOffered(), participation.parentsAttended(), blankToNull(participation.parentsViews()));
        Conference after = new Conference(c.id(), c.episodeId(), c.kind(), c.number(), c.plannedOn(), c.heldOn(), c.reconvenesId(),
                c.quorate(), c.delayReason(), c.reportsSharedOn(), c.earlyAtIroRequest(), p, c.outcome(), c.letterIssuedOn(),
                c.recordIssuedOn(), c.version());
        if (!store.updateConference(after, version)) {
            throw stale();
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, CONFERENCE, conferenceId, Map.of("part", "participation"));
        return file(place(viewer, conferenceId, false));
    }

    /**
     * The outcome, the chair's decision. At an initial conference a plan (with its category) or no
     * plan (the episode ends); at a review the plan continues or ends (the episode ends, once). A
     * conference that was not quorate decides nothing: it is reconvened.
     */
    @Transactional
    public ConferenceFile outcome(Viewer viewer, UUID conferenceId, Conference.Outcome requested, String amendmentReason,
                                  Integer version) {
        if (!viewer.isChair()) {
            throw new ForbiddenException("The outcome is the chair's decision.");
        }
        Place place = place(viewer, conferenceId, true);
        Conference c = place.conference();
        Episode episode = store.episodeForUpdate(place.episode().id()).orElseThrow();
        if (!c.held()) {
            throw new RuleNotMetException("The outcome is recorded once the " + c.title() + " is held.");
        }
        if (Boolean.FALSE.equals(c.quorate())) {
            throw new RuleNotMetException("The " + c.title() + " was not quorate: it decides nothing and is reconvened.");
        }
        lockedUnlessAmended(c, amendmentReason);
        Conference.Outcome o = checkedOutcome(c, requested, episode);
        ConferenceOutcome before = c.outcome().decision();
        if (before != null && before != o.decision()) {
            throw new RuleNotMetException("The decision (" + before.label() + ") is recorded and has taken effect; "
                    + "the other parts of the outcome may still be corrected.");
        }
        if (before == null) {
            Episode after = switch (o.decision() == null ? ConferenceOutcome.PLAN_CONTINUES : o.decision()) {
                case PLAN -> withPlan(episode, c.heldOn());
                case NO_PLAN -> ended(episode, c.heldOn(), "No child protection plan at the initial conference.");
                case PLAN_ENDS -> {
                    if (!episode.open()) {
                        throw new RuleNotMetException("The plan already ended on " + LondonTime.UK_DATE.format(episode.endedOn()) + ".");
                    }
                    yield ended(episode, c.heldOn(), "The plan ended at the " + c.title() + ".");
                }
                case PLAN_CONTINUES -> episode;
            };
            if (after != episode) {
                store.updateEpisode(after);
            }
        }
        Conference updated = new Conference(c.id(), c.episodeId(), c.kind(), c.number(), c.plannedOn(), c.heldOn(), c.reconvenesId(),
                c.quorate(), c.delayReason(), c.reportsSharedOn(), c.earlyAtIroRequest(), c.participation(), o, c.letterIssuedOn(),
                c.recordIssuedOn(), c.version());
        if (!store.updateConference(updated, version)) {
            throw stale();
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, CONFERENCE, conferenceId,
                amendmentReason == null ? Map.of("part", "outcome") : Map.of("part", "outcome", "amendment", amendmentReason));
        return file(place(viewer, conferenceId, false));
    }

    private Conference.Outcome checkedOutcome(Conference c, Conference.Outcome r, Episode episode) {
        String reasons = blankToNull(r.reasons());
        LocalDate nextOn = r.nextOn();
        within("nextOn", "The next date", nextOn, c.heldOn(), "the day it was held", c.heldOn().plusYears(1), "a year after it");
        switch (c.kind()) {
            case INITIAL, REVIEW -> {
                required("outcome", r.decision(), "Record the decision: " + (c.kind() == ConferenceKind.INITIAL
                        ? "a child protection plan or no plan." : "the plan continues or ends."));
                Set<ConferenceOutcome> allowed = c.kind() == ConferenceKind.INITIAL
                        ? EnumSet.of(ConferenceOutcome.PLAN, ConferenceOutcome.NO_PLAN)
                        : EnumSet.of(ConferenceOutcome.PLAN_CONTINUES, ConferenceOutcome.PLAN_ENDS);
                if (!allowed.contains(r.decision())) {
                    throw new InvalidFieldException("outcome", c.kind() == ConferenceKind.INITIAL
                            ? "An initial conference decides PLAN or NO_PLAN." : "A review conference decides PLAN_CONTINUES or PLAN_ENDS.");
                }
                required("reasons", reasons, "Give the reasons for the decision.");
                boolean plan = r.decision() == ConferenceOutcome.PLAN || r.decision() == ConferenceOutcome.PLAN_CONTINUES;
                if (plan) {
                    required("category", r.category(), "A child protection plan needs its category: "
                            + String.join(", ", java.util.Arrays.stream(AbuseCategory.values()).map(Enum::name).toList()) + ".");
                    required("leadSocialWorker", blankToNull(r.leadSocialWorker()), "A plan needs its lead social worker.");
                } else if (r.category() != null) {
                    throw new InvalidFieldException("category", "Without a plan there is no category.");
                }
                if (r.carePlanScrutiny() != null && !r.carePlanScrutiny().isBlank()) {
                    throw new InvalidFieldException("carePlanScrutiny", "Care plan scrutiny belongs to a looked-after review.");
                }
                return new Conference.Outcome(r.decision(), plan ? r.category() : null, reasons, blankToNull(r.dissent()),
                        blankToNull(r.leadSocialWorker()), blankToNull(r.coreGroup()), blankToNull(r.outlinePlan()),
                        blankToNull(r.contingencyPlan()), null, nextOn);
            }
            default -> {
                if (r.decision() != null) {
                    throw new InvalidFieldException("outcome", "A looked-after or midway review makes no plan decision: record its "
                            + "scrutiny of the care plan and its actions.");
                }
                if (r.category() != null) {
                    throw new InvalidFieldException("category", "A looked-after review has no category.");
                }
                required("carePlanScrutiny", blankToNull(r.carePlanScrutiny()), "Record the review's scrutiny of the care plan.");
                return new Conference.Outcome(null, null, reasons, blankToNull(r.dissent()), null, null, null, null,
                        blankToNull(r.carePlanScrutiny()), nextOn);
            }
        }
    }

    private static Episode withPlan(Episode e, LocalDate on) {
        return new Episode(e.id(), e.childId(), e.kind(), e.startedOn(), e.preBirth(), on, e.firstCoreGroupOn(), e.iroAllocatedOn(),
                e.panelCheckedOn(), e.endedOn(), e.endReason(), e.version());
    }

    private static Episode ended(Episode e, LocalDate on, String reason) {
        return new Episode(e.id(), e.childId(), e.kind(), e.startedOn(), e.preBirth(), e.planStartedOn(), e.firstCoreGroupOn(),
                e.iroAllocatedOn(), e.panelCheckedOn(), on, reason, e.version());
    }

    /** Once a record of the conference is issued, it changes only with a reason (then issued again as a new version). */
    private static void lockedUnlessAmended(Conference c, String amendmentReason) {
        if ((c.letterIssuedOn() != null || c.recordIssuedOn() != null) && blankToNull(amendmentReason) == null) {
            throw new RuleNotMetException("The record of the " + c.title() + " is issued and locked: give an amendment reason, "
                    + "then issue the amended record as a new version.");
        }
    }

    // -- SMART actions -------------------------------------------------------------------------------

    @Transactional
    public ConferenceFile addAction(Viewer viewer, UUID conferenceId, String description, String owner, LocalDate dueOn) {
        Place place = place(viewer, conferenceId, true);
        Conference c = place.conference();
        if (c.kind() != ConferenceKind.LAC_REVIEW && c.kind() != ConferenceKind.MIDWAY_REVIEW) {
            throw new RuleNotMetException("SMART actions are the decisions of a looked-after review; a child protection plan's "
                    + "actions are in its outline plan.");
        }
        if (!c.held()) {
            throw new RuleNotMetException("Actions are decided when the " + c.title() + " is held.");
        }
        required("description", blankToNull(description), "Say what is to be done (specific and measurable).");
        required("owner", blankToNull(owner), "Say who owns the action (a role, not a name is enough).");
        required("dueOn", dueOn, "Give the date the action is due.");
        within("dueOn", "The due date", dueOn, c.heldOn(), "the day of the review", c.heldOn().plusYears(2), "two years after it");
        UUID id = store.insertAction(conferenceId, description.strip(), owner.strip(), dueOn);
        audit.record(viewer.userId(), AuditLog.CREATE, "cp-action", id, Map.of("conferenceId", conferenceId.toString()));
        return file(place(viewer, conferenceId, false));
    }

    @Transactional
    public ConferenceFile completeAction(Viewer viewer, UUID actionId, LocalDate completedOn, Integer version) {
        ReviewAction action = store.action(actionId).orElseThrow(() -> new NotFoundException("No such action in this service."));
        Place place;
        try {
            place = place(viewer, action.conferenceId(), true);
        } catch (NotFoundException e) {
            throw new NotFoundException("No such action in this service.");
        }
        required("completedOn", completedOn, "Give the day the action was completed.");
        within("completedOn", "The completion date", completedOn, place.conference().heldOn(), "the day of the review",
                clocks.today(), "today");
        if (action.completedOn() != null) {
            throw new RuleNotMetException("The action was already completed on " + LondonTime.UK_DATE.format(action.completedOn()) + ".");
        }
        if (!store.completeAction(actionId, completedOn, version)) {
            throw stale();
        }
        audit.record(viewer.userId(), AuditLog.UPDATE, "cp-action", actionId, Map.of("completedOn", completedOn.toString()));
        return file(place(viewer, action.conferenceId(), false));
    }

    // -- shared --------------------------------------------------------------------------------------

    private Place place(Viewer viewer, UUID conferenceId, boolean forUpdate) {
        Conference c = (forUpdate ? store.conferenceForUpdate(conferenceId) : store.conference(conferenceId))
                .orElseThrow(() -> new NotFoundException(NO_CONFERENCE));
        Episode episode = store.episode(c.episodeId()).orElseThrow(() -> new NotFoundException(NO_CONFERENCE));
        Child child = store.child(episode.childId()).filter(x -> viewer.sees(x.chairId()))
                .orElseThrow(() -> new NotFoundException(NO_CONFERENCE));
        return new Place(child, episode, c);
    }

    private ConferenceFile file(Place place) {
        Conference c = place.conference();
        List<Invitee> invitees = store.invitees(c.id());
        QuorumVerdict verdict = CHILD_PROTECTION.contains(c.kind()) ? verdict(c, invitees) : null;
        List<ChainStep> steps = clocks.chain().conferenceClocks(place.child(), place.episode(), store.conferences(place.episode().id()), c);
        return new ConferenceFile(place.child(), place.episode(), c, invitees, verdict, store.actions(c.id()), steps);
    }

    /**
     * The live verdict: the service group's quorum (its terms of reference) over the invitees with
     * direct contact with the child, each counted for its agency.
     */
    private QuorumVerdict verdict(Conference c, List<Invitee> invitees) {
        QuorumRule rule = store.settings().groupId().map(groups::quorumRuleOf)
                .orElseGet(() -> new QuorumRule(null, Set.of(), Set.of(), false));
        List<Attendee> attendees = invitees.stream().filter(Invitee::directContact)
                .map(i -> new Attendee(i.id(), i.agencyId(), i.agencyName(), i.agencyKind(), GroupRole.MEMBER, status(i.attendance()), false))
                .toList();
        return rule.evaluate(attendees);
    }

    private static AttendanceStatus status(InviteeAttendance attendance) {
        return switch (attendance) {
            case PRESENT -> AttendanceStatus.PRESENT;
            case APOLOGIES -> AttendanceStatus.APOLOGIES;
            case INVITED, ABSENT -> AttendanceStatus.ABSENT;
        };
    }

    private static ConflictException stale() {
        return new ConflictException("It was changed by someone else since you read it; read it again.");
    }
}
