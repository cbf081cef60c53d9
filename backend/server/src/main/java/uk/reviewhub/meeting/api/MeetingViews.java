package uk.reviewhub.meeting.api;

import uk.reviewhub.api.meeting.ActionView;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaPublicationView;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.AttendanceView;
import uk.reviewhub.api.meeting.CalendarFeedView;
import uk.reviewhub.api.meeting.ChairDaysView;
import uk.reviewhub.api.meeting.ClockView;
import uk.reviewhub.api.meeting.DecisionView;
import uk.reviewhub.api.meeting.FollowUpView;
import uk.reviewhub.api.meeting.GeneratedMeetings;
import uk.reviewhub.api.meeting.MeetingAttendanceView;
import uk.reviewhub.api.meeting.MeetingChangeView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.MinuteEntryInput;
import uk.reviewhub.api.meeting.MinuteEntryView;
import uk.reviewhub.api.meeting.MinutedView;
import uk.reviewhub.api.meeting.MinutesView;
import uk.reviewhub.api.meeting.PaperView;
import uk.reviewhub.api.meeting.PerformanceView;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.meeting.YourPartView;
import uk.reviewhub.meeting.domain.Agenda;
import uk.reviewhub.meeting.domain.AgendaItem;
import uk.reviewhub.meeting.domain.AgendaPublication;
import uk.reviewhub.meeting.domain.ApologyFollowUp;
import uk.reviewhub.meeting.domain.Attendance;
import uk.reviewhub.meeting.domain.CalendarFeed;
import uk.reviewhub.meeting.domain.ChairYear;
import uk.reviewhub.meeting.domain.DeadlineClock;
import uk.reviewhub.meeting.domain.GroupMeasures;
import uk.reviewhub.meeting.domain.Meeting;
import uk.reviewhub.meeting.domain.MeetingAction;
import uk.reviewhub.meeting.domain.MeetingChange;
import uk.reviewhub.meeting.domain.MinuteEntry;
import uk.reviewhub.meeting.domain.Minuted;
import uk.reviewhub.meeting.domain.Minutes;
import uk.reviewhub.meeting.domain.Paper;
import uk.reviewhub.meeting.domain.PlannedMeetings;
import uk.reviewhub.meeting.domain.QuorumVerdict;
import uk.reviewhub.partnership.api.PartnershipViews;
import uk.reviewhub.meeting.domain.RecordedDecision;
import uk.reviewhub.meeting.domain.YourPart;

import java.util.List;

/**
 * The meetings feature's records as the API shows them: made here, at the edge, from the domain's
 * records; and the requests' entries turned into the domain's. Field for field, so the JSON is what
 * the API records declare.
 */
final class MeetingViews {

    private MeetingViews() {
    }

    static MeetingView meeting(Meeting m) {
        MeetingView view = new MeetingView(m.id(), m.groupId(), m.kind(), m.title(), m.occurrenceDate(), m.scheduledStart(),
                m.durationMinutes(), m.location(), m.status(), m.statusReason(), m.quorate(), m.quorumSummary(), m.version());
        return m.yourPart() == null ? view : view.withYourPart(yourPart(m.yourPart()));
    }

    static List<MeetingView> meetings(List<Meeting> meetings) {
        return meetings.stream().map(MeetingViews::meeting).toList();
    }

    static YourPartView yourPart(YourPart p) {
        return new YourPartView(p.chairDecisions(), p.runsMeeting(), p.submitsItems());
    }

    static GeneratedMeetings generated(PlannedMeetings p) {
        return new GeneratedMeetings(p.created(), p.alreadyPlanned(), meetings(p.meetings()));
    }

    static MeetingChangeView change(MeetingChange c) {
        return new MeetingChangeView(c.change(), c.previousStart(), c.newStart(), c.reason(), c.changedAt());
    }

    static MeetingAttendanceView attendance(Attendance a) {
        return new MeetingAttendanceView(a.meetingId(), a.seats().stream().map(MeetingViews::seat).toList(), quorum(a.quorum()));
    }

    static AttendanceView seat(Attendance.Seat s) {
        return new AttendanceView(s.seat().id(), s.seat().positionTitle(), s.seat().groupRole(),
                PartnershipViews.agency(s.seat().agency()), s.status(), s.deputyName(), s.delegatedAuthority(),
                s.secondConsecutiveApologies(), s.version(), PartnershipViews.deputy(s.standingDeputy()));
    }

    static QuorumVerdictView quorum(QuorumVerdict v) {
        return new QuorumVerdictView(v.quorate(), v.summary(), v.reasons(), v.ruleStated(), v.agenciesPresent());
    }

    static AgendaView agenda(Agenda a) {
        return new AgendaView(a.meetingId(), a.itemDeadline(), a.itemDeadlineRule(), a.publishBy(), a.publishByRule(),
                a.items().stream().map(MeetingViews::item).toList(), clock(a.publishClock()),
                a.published() == null ? null : publication(a.published()), a.changedSincePublished());
    }

    static AgendaItemView item(AgendaItem i) {
        return new AgendaItemView(i.id(), i.title(), i.description(), i.submittedBy(), i.submittedAt(), i.deadline(), i.late(),
                i.decision(), i.decisionReason(), i.position(), i.version(),
                i.papers() == null ? null : i.papers().stream().map(MeetingViews::paper).toList());
    }

    static AgendaPublicationView publication(AgendaPublication p) {
        return new AgendaPublicationView(p.revision(), p.publishedAt(), p.publishedBy(), p.publishedByName(),
                p.items().stream().map(i -> new AgendaPublicationView.Item(i.itemId(), i.number(), i.title(), i.papers())).toList());
    }

    static PaperView paper(Paper p) {
        return new PaperView(p.id(), p.agendaItemId(), p.fileName(), p.mediaType(), p.sizeBytes(), p.sha256(), p.uploadedAt(),
                p.uploadedBy(), p.uploadedByName());
    }

    static ClockView clock(DeadlineClock c) {
        return c == null ? null : new ClockView(c.code(), c.label(), c.rule(), c.due(), c.completedOn(), c.status(),
                c.statusLabel(), c.workingDaysRemaining(), c.workingDaysLate());
    }

    static MinutesView minutes(Minutes m) {
        return new MinutesView(m.id(), m.meetingId(), m.number(), m.status(), m.locked(), m.amendmentReason(), m.approvedAt(),
                m.approvedAtMeetingId(), m.circulatedOn(), clock(m.circulation()),
                m.entries().stream().map(MeetingViews::entry).toList(), m.version(),
                m.minuted() == null ? null : minuted(m.minuted()), m.approvedBy());
    }

    static MinuteEntryView entry(MinuteEntry e) {
        return new MinuteEntryView(e.id(), e.agendaItemId(), e.heading(), e.notes(), e.decisions());
    }

    static MinutedView minuted(Minuted m) {
        return new MinutedView(m.takenAt(),
                m.seats().stream().map(s -> new MinutedView.Seat(s.memberId(), s.positionTitle(), s.agency(), s.groupRole(),
                        s.status(), s.deputyName(), s.delegatedAuthority())).toList(),
                new MinutedView.Quorum(m.quorum().quorate(), m.quorum().summary(), m.quorum().reasons()),
                m.actions().stream().map(a -> new MinutedView.Action(a.actionId(), a.agendaItemId(), a.description(), a.owner(),
                        a.agency(), a.dueDate())).toList());
    }

    /** The entries of a draft or an amendment, as the domain takes them. */
    static List<MinuteEntry.Draft> drafts(List<MinuteEntryInput> entries) {
        return entries.stream().map(e -> new MinuteEntry.Draft(e.agendaItemId(), e.heading(), e.notes(), e.decisions())).toList();
    }

    static ActionView action(MeetingAction a) {
        return new ActionView(a.id(), a.meetingId(), a.agendaItemId(), a.description(), a.owner(), a.agencyId(), a.agencyName(),
                a.dueDate(), a.status(), a.completedOn(), a.rag(), a.ragLabel(), a.version());
    }

    static List<ActionView> actions(List<MeetingAction> actions) {
        return actions.stream().map(MeetingViews::action).toList();
    }

    static DecisionView decision(RecordedDecision d) {
        return new DecisionView(d.meetingId(), d.meetingDate(), d.meetingTitle(), d.minutesNumber(), d.minutesStatus(),
                d.agendaItemId(), d.heading(), d.decision());
    }

    static FollowUpView followUp(ApologyFollowUp f) {
        return new FollowUpView(f.id(), f.kind(), f.groupId(), f.memberId(), f.positionTitle(), f.agencyName(), f.meetingId(),
                f.previousMeetingId(), f.status(), f.letterAvailable(), f.letterNote(), f.createdAt());
    }

    static ChairDaysView chairDays(ChairYear y) {
        return new ChairDaysView(y.groupId(), y.year(), y.from(), y.to(), y.allocationDays(), y.allocationBasis(), y.daysUsed(),
                y.daysRemaining(), y.entries().stream()
                        .map(e -> new ChairDaysView.Entry(e.id(), e.workedOn(), e.days(), e.description(), e.loggedAt())).toList());
    }

    static PerformanceView performance(GroupMeasures g) {
        return new PerformanceView(g.groupId(), g.groupName(), g.from(), g.to(), g.measures().stream()
                .map(m -> new PerformanceView.Measure(m.code(), m.label(), m.valuePercent(), m.met(), m.of(), m.targetPercent(),
                        m.targetFromTermsOfReference(), m.light(), m.text())).toList());
    }

    static CalendarFeedView calendarFeed(CalendarFeed f) {
        return new CalendarFeedView(f.id(), f.createdAt(), f.revokedAt(), f.memberUrl(), f.groups().stream()
                .map(g -> new CalendarFeedView.GroupFeed(g.groupId(), g.name(), g.url())).toList());
    }
}
