package uk.reviewhub.conference.api;

import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.api.conference.ActionView;
import uk.reviewhub.api.conference.AllocationView;
import uk.reviewhub.api.conference.ChairCaseload;
import uk.reviewhub.api.conference.ChildView;
import uk.reviewhub.api.conference.ConferenceSummary;
import uk.reviewhub.api.conference.ConferenceView;
import uk.reviewhub.api.conference.DiaryEntry;
import uk.reviewhub.api.conference.EpisodeView;
import uk.reviewhub.api.conference.InviteeView;
import uk.reviewhub.api.conference.PersonRef;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.conference.domain.Allocation;
import uk.reviewhub.conference.domain.ChainStep;
import uk.reviewhub.conference.domain.Conference;
import uk.reviewhub.conference.domain.Conferences.ConferenceFile;
import uk.reviewhub.conference.domain.Files;
import uk.reviewhub.conference.domain.Invitee;
import uk.reviewhub.conference.domain.IssuedRecord;
import uk.reviewhub.api.conference.RecordView;
import uk.reviewhub.conference.domain.ReviewAction;
import uk.reviewhub.meeting.domain.QuorumVerdict;

import java.time.LocalDate;
import java.util.UUID;

/** The service's records as the API shows them: made here, at the edge, from the domain's records. */
final class SafeguardingViews {

    private SafeguardingViews() {
    }

    static ChildView child(Files.ChildSummary s) {
        var c = s.child();
        return new ChildView(c.id(), c.caseReference(), c.initials(), c.bornOn(), c.expectedOn(), c.borough(), c.siblingGroup(),
                person(c.chairId(), c.chairName()), s.nextDue() == null ? null : step(s.nextDue()), c.version());
    }

    static AllocationView allocation(Allocation a) {
        return new AllocationView(a.id(), person(a.chairId(), a.chairName()), person(a.previousChairId(), a.previousChairName()),
                a.allocatedOn(), a.reason(), person(a.allocatedBy(), a.allocatedByName()), a.allocatedAt());
    }

    static EpisodeView episode(Files.EpisodeFile f) {
        var e = f.episode();
        return new EpisodeView(e.id(), e.childId(), e.kind(), e.startedOn(), e.preBirth(), e.planStartedOn(), e.firstCoreGroupOn(),
                e.iroAllocatedOn(), e.panelCheckedOn(), e.endedOn(), e.endReason(),
                f.conferences().stream().map(SafeguardingViews::summary).toList(),
                f.timeline().stream().map(SafeguardingViews::step).toList(), e.version());
    }

    static ConferenceSummary summary(Conference c) {
        return new ConferenceSummary(c.id(), c.episodeId(), c.kind(), c.number(), c.title(), c.plannedOn(), c.heldOn(), c.quorate(),
                c.outcome().decision(), c.outcome().category());
    }

    static ConferenceView conference(ConferenceFile f, LocalDate today) {
        Conference c = f.conference();
        var p = c.participation();
        var o = c.outcome();
        return new ConferenceView(c.id(), c.episodeId(), f.child().id(), c.kind(), c.number(), c.title(), c.plannedOn(), c.heldOn(),
                c.reconvenesId(), c.quorate(), c.delayReason(), c.reportsSharedOn(), c.earlyAtIroRequest(),
                f.invitees().stream().map(SafeguardingViews::invitee).toList(),
                f.quorum() == null ? null : quorum(f.quorum()),
                p.childAttended(), p.childViews(), p.advocateOffered(), p.parentsAttended(), p.parentsViews(),
                o.decision(), o.category(), o.reasons(), o.dissent(), o.leadSocialWorker(), o.coreGroup(), o.outlinePlan(),
                o.contingencyPlan(), o.carePlanScrutiny(), o.nextOn(),
                f.actions().stream().map(a -> action(a, today)).toList(),
                f.clocks().stream().map(SafeguardingViews::step).toList(), c.version());
    }

    static InviteeView invitee(Invitee i) {
        return new InviteeView(i.id(), i.agencyId(), i.agencyName(), i.roleTitle(), i.directContact(), i.attendance(),
                i.reportReceivedOn(), i.version());
    }

    static ActionView action(ReviewAction a, LocalDate today) {
        return new ActionView(a.id(), a.conferenceId(), a.description(), a.owner(), a.dueOn(), a.completedOn(), a.status(today),
                a.version());
    }

    static QuorumVerdictView quorum(QuorumVerdict v) {
        return new QuorumVerdictView(v.quorate(), v.summary(), v.reasons(), v.ruleStated(), v.agenciesPresent());
    }

    static RecordView record(IssuedRecord r) {
        return new RecordView(r.id(), r.conferenceId(), r.kind(), r.issue(), r.issuedOn(), person(r.issuedBy(), r.issuedByName()),
                r.amendmentReason());
    }

    static ChairCaseload caseload(Files.Caseload c) {
        return new ChairCaseload(new PersonRef(c.chair().id(), c.chair().name()), c.children(), c.coming(), c.overdue());
    }

    static DiaryEntry diary(Files.DiaryLine l) {
        var c = l.child();
        return new DiaryEntry(c.id(), c.caseReference(), c.initials(), person(c.chairId(), c.chairName()), l.episodeId(), step(l.step()));
    }

    static TimelineStep step(ChainStep s) {
        return new TimelineStep(s.code(), s.title(), s.clockCode(), s.rule(), s.startedOn(), s.dueOn(), s.actualOn(), s.status(),
                s.statusLabel(), s.workingDaysRemaining(), s.workingDaysLate());
    }

    private static PersonRef person(UUID id, String name) {
        return id == null ? null : new PersonRef(id, name == null ? "" : name);
    }
}
