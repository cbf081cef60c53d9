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
        return schedule.meetings(groupId, from, to);
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Plan the group's meetings from its cadence over a date range; dates already planned are kept")
    public GeneratedMeetings generate(UUID groupId, @Body @Valid GenerateMeetingsRequest request) {
        return schedule.generate(groupId, request, user());
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Add an extra meeting, e.g. a rapid review meeting at short notice")
    public MeetingView addExtra(UUID groupId, @Body @Valid ExtraMeetingRequest request) {
        return schedule.addExtra(groupId, request, user());
    }

    @Override
    @Operation(summary = "The group's action log")
    public List<ActionView> actionLog(UUID groupId) {
        return minutes.actionLog(groupId);
    }

    @Override
    @Operation(summary = "The group's decisions register")
    public List<DecisionView> decisions(UUID groupId) {
        return minutes.decisions(groupId);
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Complete, cancel or reopen an action")
    public ActionView actionStatus(UUID actionId, @Body @Valid ActionStatusRequest request) {
        return minutes.actionStatus(actionId, request, user());
    }

    @Override
    @Operation(summary = "One meeting, with what you may do in its group (yourPart)")
    public MeetingView meeting(UUID meetingId) {
        return schedule.meeting(meetingId, user());
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Move a meeting, with the reason")
    public MeetingView move(UUID meetingId, @Body @Valid MoveMeetingRequest request) {
        return schedule.move(meetingId, request, user());
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Cancel a meeting, with the reason")
    public MeetingView cancel(UUID meetingId, @Body @Valid CancelMeetingRequest request) {
        return schedule.cancel(meetingId, request, user());
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record that a meeting was held")
    public MeetingView held(UUID meetingId, @Body @Valid VersionedRequest request) {
        return schedule.held(meetingId, request.version(), user());
    }

    @Override
    @Operation(summary = "The meeting's moves and cancellation, with reasons")
    public List<MeetingChangeView> changes(UUID meetingId) {
        return schedule.changes(meetingId);
    }

    @Override
    @Operation(summary = "Every seat of the group at the meeting, with the live quorum verdict")
    public MeetingAttendanceView attendance(UUID meetingId) {
        return attendance.attendance(meetingId);
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record how a seat was filled; answers the attendance and the quorum verdict, which is recorded with the meeting")
    public MeetingAttendanceView record(UUID meetingId, UUID memberId,
                                 @Body @Valid RecordAttendanceRequest request) {
        return attendance.record(meetingId, memberId, request, user());
    }

    @Override
    @Operation(summary = "The live quorum verdict under the group's terms of reference, with reasons")
    public QuorumVerdictView quorum(UUID meetingId) {
        return attendance.quorum(meetingId);
    }

    @Override
    @Operation(summary = "The agenda, with the item deadline from the terms of reference and, for whoever may read them, each item's papers")
    public AgendaView agenda(UUID meetingId) {
        return agenda.agenda(meetingId, user());
    }

    @Override
    @Operation(summary = "Submit an agenda item; items after the deadline are flagged late")
    public AgendaItemView submit(UUID meetingId, @Body @Valid SubmitAgendaItemRequest request) {
        return agenda.submit(meetingId, request, user());
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair accepts or rejects an item")
    public AgendaItemView decide(UUID meetingId, UUID itemId, @Body @Valid AgendaDecisionRequest request) {
        return agenda.decide(meetingId, itemId, request, user());
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair orders the accepted items")
    public AgendaView order(UUID meetingId, @Body @Valid AgendaOrderRequest request) {
        return agenda.order(meetingId, request, user());
    }

    @Override
    @Operation(summary = "Every published revision of the agenda, newest first")
    public List<AgendaPublicationView> publications(UUID meetingId) {
        return agenda.publications(meetingId);
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair publishes the agenda with its papers as a new revision; 409 with the reason when it cannot be")
    public AgendaView publish(UUID meetingId, @Body @Valid PublishAgendaRequest request) {
        return agenda.publish(meetingId, request, user());
    }

    @Override
    @Operation(summary = "The current minutes, with the circulation clock")
    public MinutesView currentMinutes(UUID meetingId) {
        return minutes.minutes(meetingId);
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Write the draft minutes; approved minutes are locked (409)")
    public MinutesView draft(UUID meetingId, @Body @Valid DraftMinutesRequest request) {
        return minutes.draft(meetingId, request, user());
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Approve the draft minutes, which locks them")
    public MinutesView approve(UUID meetingId, @Body @Valid ApproveMinutesRequest request) {
        return minutes.approve(meetingId, request, user());
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Amend approved minutes: a new approved version with its reason")
    public MinutesView amend(UUID meetingId, @Body @Valid AmendMinutesRequest request) {
        return minutes.amend(meetingId, request, user());
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record that the minutes were circulated")
    public MinutesView circulate(UUID meetingId, @Body @Valid CirculateMinutesRequest request) {
        return minutes.circulate(meetingId, request, user());
    }

    @Override
    @Operation(summary = "The meeting's actions")
    public List<ActionView> actions(UUID meetingId) {
        return minutes.actions(meetingId);
    }

    @Override
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record an action: owner, agency and due date")
    public ActionView addAction(UUID meetingId, @Body @Valid NewActionRequest request) {
        return minutes.addAction(meetingId, request, user());
    }

    private CurrentUser user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first.")));
    }
}
