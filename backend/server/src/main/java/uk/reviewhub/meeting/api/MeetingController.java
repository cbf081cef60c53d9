package uk.reviewhub.meeting.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.api.ApiPaths;
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
class MeetingController {

    /** The longest span one listing covers. */
    static final int MOST_DAYS_LISTED = 3 * 366;

    private final MeetingSchedule schedule;
    private final MeetingAttendance attendance;
    private final MeetingAgenda agenda;
    private final MeetingMinutes minutes;

    MeetingController(MeetingSchedule schedule, MeetingAttendance attendance, MeetingAgenda agenda, MeetingMinutes minutes) {
        this.schedule = schedule;
        this.attendance = attendance;
        this.agenda = agenda;
        this.minutes = minutes;
    }

    @Get(ApiPaths.GROUP_MEETINGS)
    @Operation(summary = "A group's meetings from one date to another (London dates, both included)")
    List<MeetingView> meetings(@PathVariable UUID groupId, @QueryValue LocalDate from, @QueryValue LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(MOST_DAYS_LISTED))) {
            throw new InvalidFieldException("to", "List from one date to a later one, at most three years apart.");
        }
        return schedule.meetings(groupId, from, to);
    }

    @Post(ApiPaths.GROUP_MEETINGS_GENERATE)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Plan the group's meetings from its cadence over a date range; dates already planned are kept")
    GeneratedMeetings generate(@PathVariable UUID groupId, @Body @Valid GenerateMeetingsRequest request, Authentication auth) {
        return schedule.generate(groupId, request, user(auth));
    }

    @Post(ApiPaths.GROUP_MEETINGS)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Add an extra meeting, e.g. a rapid review meeting at short notice")
    MeetingView addExtra(@PathVariable UUID groupId, @Body @Valid ExtraMeetingRequest request, Authentication auth) {
        return schedule.addExtra(groupId, request, user(auth));
    }

    @Get(ApiPaths.GROUP_ACTIONS)
    @Operation(summary = "The group's action log")
    List<ActionView> actionLog(@PathVariable UUID groupId) {
        return minutes.actionLog(groupId);
    }

    @Get(ApiPaths.GROUP_DECISIONS)
    @Operation(summary = "The group's decisions register")
    List<DecisionView> decisions(@PathVariable UUID groupId) {
        return minutes.decisions(groupId);
    }

    @Post(ApiPaths.MEETING_ACTION_STATUS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Complete, cancel or reopen an action")
    ActionView actionStatus(@PathVariable UUID actionId, @Body @Valid ActionStatusRequest request, Authentication auth) {
        return minutes.actionStatus(actionId, request, user(auth));
    }

    @Get(ApiPaths.MEETING)
    @Operation(summary = "One meeting, with what you may do in its group (yourPart)")
    MeetingView meeting(@PathVariable UUID meetingId, Authentication auth) {
        return schedule.meeting(meetingId, user(auth));
    }

    @Post(ApiPaths.MEETING_MOVE)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Move a meeting, with the reason")
    MeetingView move(@PathVariable UUID meetingId, @Body @Valid MoveMeetingRequest request, Authentication auth) {
        return schedule.move(meetingId, request, user(auth));
    }

    @Post(ApiPaths.MEETING_CANCEL)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Cancel a meeting, with the reason")
    MeetingView cancel(@PathVariable UUID meetingId, @Body @Valid CancelMeetingRequest request, Authentication auth) {
        return schedule.cancel(meetingId, request, user(auth));
    }

    @Post(ApiPaths.MEETING_HELD)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record that a meeting was held")
    MeetingView held(@PathVariable UUID meetingId, @Body @Valid VersionedRequest request, Authentication auth) {
        return schedule.held(meetingId, request.version(), user(auth));
    }

    @Get(ApiPaths.MEETING_CHANGES)
    @Operation(summary = "The meeting's moves and cancellation, with reasons")
    List<MeetingChangeView> changes(@PathVariable UUID meetingId) {
        return schedule.changes(meetingId);
    }

    @Get(ApiPaths.MEETING_ATTENDANCE)
    @Operation(summary = "Every seat of the group at the meeting, with the live quorum verdict")
    MeetingAttendanceView attendance(@PathVariable UUID meetingId) {
        return attendance.attendance(meetingId);
    }

    @Put(ApiPaths.MEETING_ATTENDANCE_SEAT)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record how a seat was filled; answers the attendance and the quorum verdict, which is recorded with the meeting")
    MeetingAttendanceView record(@PathVariable UUID meetingId, @PathVariable UUID memberId,
                                 @Body @Valid RecordAttendanceRequest request, Authentication auth) {
        return attendance.record(meetingId, memberId, request, user(auth));
    }

    @Get(ApiPaths.MEETING_QUORUM)
    @Operation(summary = "The live quorum verdict under the group's terms of reference, with reasons")
    QuorumVerdictView quorum(@PathVariable UUID meetingId) {
        return attendance.quorum(meetingId);
    }

    @Get(ApiPaths.MEETING_AGENDA)
    @Operation(summary = "The agenda, with the item deadline from the terms of reference and, for whoever may read them, each item's papers")
    AgendaView agenda(@PathVariable UUID meetingId, Authentication auth) {
        return agenda.agenda(meetingId, user(auth));
    }

    @Post(ApiPaths.MEETING_AGENDA_ITEMS)
    @Operation(summary = "Submit an agenda item; items after the deadline are flagged late")
    AgendaItemView submit(@PathVariable UUID meetingId, @Body @Valid SubmitAgendaItemRequest request, Authentication auth) {
        return agenda.submit(meetingId, request, user(auth));
    }

    @Post(ApiPaths.MEETING_AGENDA_ITEM_DECISION)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair accepts or rejects an item")
    AgendaItemView decide(@PathVariable UUID meetingId, @PathVariable UUID itemId, @Body @Valid AgendaDecisionRequest request,
                          Authentication auth) {
        return agenda.decide(meetingId, itemId, request, user(auth));
    }

    @Put(ApiPaths.MEETING_AGENDA_ORDER)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair orders the accepted items")
    AgendaView order(@PathVariable UUID meetingId, @Body @Valid AgendaOrderRequest request, Authentication auth) {
        return agenda.order(meetingId, request, user(auth));
    }

    @Get(ApiPaths.MEETING_AGENDA_PUBLICATIONS)
    @Operation(summary = "Every published revision of the agenda, newest first")
    List<AgendaPublicationView> publications(@PathVariable UUID meetingId) {
        return agenda.publications(meetingId);
    }

    @Post(ApiPaths.MEETING_AGENDA_PUBLICATIONS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The chair publishes the agenda with its papers as a new revision; 409 with the reason when it cannot be")
    AgendaView publish(@PathVariable UUID meetingId, @Body @Valid PublishAgendaRequest request, Authentication auth) {
        return agenda.publish(meetingId, request, user(auth));
    }

    @Get(ApiPaths.MEETING_MINUTES)
    @Operation(summary = "The current minutes, with the circulation clock")
    MinutesView minutes(@PathVariable UUID meetingId) {
        return minutes.minutes(meetingId);
    }

    @Put(ApiPaths.MEETING_MINUTES)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Write the draft minutes; approved minutes are locked (409)")
    MinutesView draft(@PathVariable UUID meetingId, @Body @Valid DraftMinutesRequest request, Authentication auth) {
        return minutes.draft(meetingId, request, user(auth));
    }

    @Post(ApiPaths.MEETING_MINUTES_APPROVE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Approve the draft minutes, which locks them")
    MinutesView approve(@PathVariable UUID meetingId, @Body @Valid ApproveMinutesRequest request, Authentication auth) {
        return minutes.approve(meetingId, request, user(auth));
    }

    @Post(ApiPaths.MEETING_MINUTES_AMENDMENTS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Amend approved minutes: a new approved version with its reason")
    MinutesView amend(@PathVariable UUID meetingId, @Body @Valid AmendMinutesRequest request, Authentication auth) {
        return minutes.amend(meetingId, request, user(auth));
    }

    @Post(ApiPaths.MEETING_MINUTES_CIRCULATE)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record that the minutes were circulated")
    MinutesView circulate(@PathVariable UUID meetingId, @Body @Valid CirculateMinutesRequest request, Authentication auth) {
        return minutes.circulate(meetingId, request, user(auth));
    }

    @Get(ApiPaths.MEETING_ACTIONS)
    @Operation(summary = "The meeting's actions")
    List<ActionView> actions(@PathVariable UUID meetingId) {
        return minutes.actions(meetingId);
    }

    @Post(ApiPaths.MEETING_ACTIONS)
    @Secured({Roles.CHAIR, Roles.VICE_CHAIR, Roles.BUSINESS_SUPPORT})
    @Operation(summary = "Record an action: owner, agency and due date")
    ActionView addAction(@PathVariable UUID meetingId, @Body @Valid NewActionRequest request, Authentication auth) {
        return minutes.addAction(meetingId, request, user(auth));
    }

    private static CurrentUser user(Authentication auth) {
        return CurrentUser.of(auth);
    }
}
