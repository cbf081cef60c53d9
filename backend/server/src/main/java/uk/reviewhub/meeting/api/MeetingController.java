package uk.reviewhub.meeting.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.meeting.ActionStatusRequest;
import uk.reviewhub.api.meeting.ActionView;
import uk.reviewhub.api.meeting.DecisionView;
import uk.reviewhub.api.meeting.AgendaDecisionRequest;
import uk.reviewhub.api.meeting.AgendaItemView;
import uk.reviewhub.api.meeting.AgendaOrderRequest;
import uk.reviewhub.api.meeting.AgendaPublicationView;
import uk.reviewhub.api.meeting.PublishAgendaRequest;
import uk.reviewhub.api.meeting.AgendaView;
import uk.reviewhub.api.meeting.AmendMinutesRequest;
import uk.reviewhub.api.meeting.ApproveMinutesRequest;
import uk.reviewhub.api.meeting.CancelMeetingRequest;
import uk.reviewhub.api.meeting.CirculateMinutesRequest;
import uk.reviewhub.api.meeting.DraftMinutesRequest;
import uk.reviewhub.api.meeting.ExtraMeetingRequest;
import uk.reviewhub.api.meeting.GenerateMeetingsRequest;
import uk.reviewhub.api.meeting.GeneratedMeetings;
import uk.reviewhub.api.meeting.MeetingAttendanceView;
import uk.reviewhub.api.meeting.MeetingChangeView;
import uk.reviewhub.api.meeting.MeetingView;
import uk.reviewhub.api.meeting.MeetingsApi;
import uk.reviewhub.api.meeting.MinutesView;
import uk.reviewhub.api.meeting.MoveMeetingRequest;
import uk.reviewhub.api.meeting.NewActionRequest;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.meeting.RecordAttendanceRequest;
import uk.reviewhub.api.meeting.SubmitAgendaItemRequest;
import uk.reviewhub.api.meeting.VersionedRequest;
import uk.reviewhub.api.vocabulary.AgendaDecision;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.meeting.domain.MeetingAction;
import uk.reviewhub.meeting.domain.MeetingAgenda;
import uk.reviewhub.meeting.domain.MeetingAttendance;
import uk.reviewhub.meeting.domain.MeetingMinutes;
import uk.reviewhub.meeting.domain.MeetingSchedule;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Meetings of the signed-in user's partnership. Everyone with a partnership role reads them; the
 * group's members submit agenda items; the schedule is kept by admins, chairs and business support;
 * attendance, draft minutes and actions by chairs and business support; only the chair or vice chair
 * decides on agenda items, orders the agenda and approves or amends minutes. "Chair" means the chair
 * of the meeting's group: {@code @Secured} gates by partnership role, and the domain checks the
 * user's seat in the group ({@code GroupAuthority}). Rows come through row-level security, so
 * another partnership's ids answer 404; a stale version answers 409.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Meetings")
class MeetingController implements MeetingsApi {

    /** The longest span one listing covers. */
    static final int MOST_DAYS_LISTED = 3 * 366;

    private final MeetingSchedule schedule;
    private final MeetingAttendance attendance;
    private final MeetingAgenda agenda;
    private final MeetingMinutes minutes;
    private final SecurityService security;

    MeetingController(MeetingSchedule schedule, MeetingAttendance attendance, MeetingAgenda agenda, MeetingMinutes minutes,
                      SecurityService security) {
        this.security = security;
        this.schedule = schedule;
        this.attendance = attendance;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    @Override
    @Operation(summary = "A group's meetings from one date to another (London dates, both included)")
    public List<MeetingView> meetings(UUID groupId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(MOST_DAYS_LISTED))) {
            throw new InvalidFieldException("to", "List from one date to a later one, at most three years apart.");
        }
        return MeetingViews.meetings(schedule.meetings(groupId, from, to));
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Plan the group's meetings from its cadence over a date range; dates already planned are kept")
    public GeneratedMeetings generate(UUID groupId, @Body @Valid GenerateMeetingsRequest request) {
        return MeetingViews.generated(schedule.generate(groupId, new MeetingSchedule.Plan(request.seriesStart(), request.until(),
                request.startTime(), request.location()), user()));
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Add an extra meeting, e.g. a rapid review meeting at short notice")
    public MeetingView addExtra(UUID groupId, @Body @Valid ExtraMeetingRequest request) {
        return MeetingViews.meeting(schedule.addExtra(groupId, new MeetingSchedule.ExtraMeeting(request.title(),
                request.scheduledStart(), request.durationMinutes(), request.location(), request.reason()), user()));
    }

    @Override
    @Operation(summary = "The group's action log")
    public List<ActionView> actionLog(UUID groupId) {
        return MeetingViews.actions(minutes.actionLog(groupId));
    }

    @Override
    @Operation(summary = "The group's decisions register")
    public List<DecisionView> decisions(UUID groupId) {
        return minutes.decisions(groupId).stream().map(MeetingViews::decision).toList();
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Complete, cancel or reopen an action")
    public ActionView actionStatus(UUID actionId, @Body @Valid ActionStatusRequest request) {
        return MeetingViews.action(minutes.actionStatus(actionId, request.version(), request.status(), request.completedOn(),
                user()));
    }

    @Override
    @Operation(summary = "One meeting, with what you may do in its group (yourPart)")
    public MeetingView meeting(UUID meetingId) {
        return MeetingViews.meeting(schedule.meeting(meetingId, user()));
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Move a meeting, with the reason")
    public MeetingView move(UUID meetingId, @Body @Valid MoveMeetingRequest request) {
        return MeetingViews.meeting(schedule.move(meetingId, request.version(), request.newStart(), request.reason(), user()));
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Cancel a meeting, with the reason")
    public MeetingView cancel(UUID meetingId, @Body @Valid CancelMeetingRequest request) {
        return MeetingViews.meeting(schedule.cancel(meetingId, request.version(), request.reason(), user()));
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record that a meeting was held")
    public MeetingView held(UUID meetingId, @Body @Valid VersionedRequest request) {
        return MeetingViews.meeting(schedule.held(meetingId, request.version(), user()));
    }

    @Override
    @Operation(summary = "The meeting's moves and cancellation, with reasons")
    public List<MeetingChangeView> changes(UUID meetingId) {
        return schedule.changes(meetingId).stream().map(MeetingViews::change).toList();
    }

    @Override
    @Operation(summary = "Every seat of the group at the meeting, with the live quorum verdict")
    public MeetingAttendanceView attendance(UUID meetingId) {
        return MeetingViews.attendance(attendance.attendance(meetingId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record how a seat was filled; answers the attendance and the quorum verdict, which is recorded with the meeting")
    public MeetingAttendanceView record(UUID meetingId, UUID memberId,
                                 @Body @Valid RecordAttendanceRequest request) {
        return MeetingViews.attendance(attendance.record(meetingId, memberId, AttendanceStatus.valueOf(request.status()),
                request.deputyName(), request.delegatedAuthority(), request.version(), user()));
    }

    @Override
    @Operation(summary = "The live quorum verdict under the group's terms of reference, with reasons")
    public QuorumVerdictView quorum(UUID meetingId) {
        return MeetingViews.quorum(attendance.quorum(meetingId));
    }

    @Override
    @Operation(summary = "The agenda, with the item deadline from the terms of reference and, for whoever may read them, each item's papers")
    public AgendaView agenda(UUID meetingId) {
        return MeetingViews.agenda(agenda.agenda(meetingId, user()));
    }

    @Override
    @Operation(summary = "Submit an agenda item; items after the deadline are flagged late")
    public AgendaItemView submit(UUID meetingId, @Body @Valid SubmitAgendaItemRequest request) {
        return MeetingViews.item(agenda.submit(meetingId, request.title(), request.description(), user()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair accepts or rejects an item")
    public AgendaItemView decide(UUID meetingId, UUID itemId, @Body @Valid AgendaDecisionRequest request) {
        return MeetingViews.item(agenda.decide(meetingId, itemId, request.version(), AgendaDecision.valueOf(request.decision()),
                request.reason(), user()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair orders the accepted items")
    public AgendaView order(UUID meetingId, @Body @Valid AgendaOrderRequest request) {
        return MeetingViews.agenda(agenda.order(meetingId, request.itemIds(), user()));
    }

    @Override
    @Operation(summary = "Every published revision of the agenda, newest first")
    public List<AgendaPublicationView> publications(UUID meetingId) {
        return agenda.publications(meetingId).stream().map(MeetingViews::publication).toList();
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair publishes the agenda with its papers as a new revision; 409 with the reason when it cannot be")
    public AgendaView publish(UUID meetingId, @Body @Valid PublishAgendaRequest request) {
        return MeetingViews.agenda(agenda.publish(meetingId, request.revision(), user()));
    }

    @Override
    @Operation(summary = "The current minutes, with the circulation clock")
    public MinutesView currentMinutes(UUID meetingId) {
        return MeetingViews.minutes(minutes.minutes(meetingId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Write the draft minutes; approved minutes are locked (409)")
    public MinutesView draft(UUID meetingId, @Body @Valid DraftMinutesRequest request) {
        return MeetingViews.minutes(minutes.draft(meetingId, request.version(), MeetingViews.drafts(request.entries()), user()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Approve the draft minutes, which locks them")
    public MinutesView approve(UUID meetingId, @Body @Valid ApproveMinutesRequest request) {
        return MeetingViews.minutes(minutes.approve(meetingId, request.version(), request.atMeetingId(), user()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Amend approved minutes: a new approved version with its reason")
    public MinutesView amend(UUID meetingId, @Body @Valid AmendMinutesRequest request) {
        return MeetingViews.minutes(minutes.amend(meetingId, request.version(), request.reason(), MeetingViews.drafts(request.entries()),
                user()));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record that the minutes were circulated")
    public MinutesView circulate(UUID meetingId, @Body @Valid CirculateMinutesRequest request) {
        return MeetingViews.minutes(minutes.circulate(meetingId, request.version(), request.circulatedOn(), user()));
    }

    @Override
    @Operation(summary = "The meeting's actions")
    public List<ActionView> actions(UUID meetingId) {
        return MeetingViews.actions(minutes.actions(meetingId));
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record an action: owner, agency and due date")
    public ActionView addAction(UUID meetingId, @Body @Valid NewActionRequest request) {
        return MeetingViews.action(minutes.addAction(meetingId, new MeetingAction.New(request.description(), request.owner(),
                request.agencyId(), request.dueDate(), request.agendaItemId()), user()));
    }

    private CurrentUser user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first.")));
    }
}
