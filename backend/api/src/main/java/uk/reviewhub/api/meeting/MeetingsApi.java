package uk.reviewhub.api.meeting;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A group's meetings: the schedule, attendance with the quorum verdict, the agenda, minutes and
 * actions. Changes carry the version read (409 if stale); a chair's decision belongs to the chair
 * or vice chair of the meeting's own group.
 */
public interface MeetingsApi {

    /** The group's meetings from one date to another (London dates, both included; at most three years). */
    @Get(ApiPaths.GROUP_MEETINGS)
    List<MeetingView> meetings(@PathVariable UUID groupId, @QueryValue LocalDate from, @QueryValue LocalDate to);

    /** Plans the group's meetings from its cadence over a date range; dates already planned are kept. */
    @Post(ApiPaths.GROUP_MEETINGS_GENERATE)
    GeneratedMeetings generate(@PathVariable UUID groupId, @Body @Valid GenerateMeetingsRequest request);

    /** Adds an extra meeting, e.g. a rapid review meeting at short notice. */
    @Post(ApiPaths.GROUP_MEETINGS)
    MeetingView addExtra(@PathVariable UUID groupId, @Body @Valid ExtraMeetingRequest request);

    @Get(ApiPaths.GROUP_ACTIONS)
    List<ActionView> actionLog(@PathVariable UUID groupId);

    @Get(ApiPaths.GROUP_DECISIONS)
    List<DecisionView> decisions(@PathVariable UUID groupId);

    /** Completes, cancels or reopens an action. */
    @Post(ApiPaths.MEETING_ACTION_STATUS)
    ActionView actionStatus(@PathVariable UUID actionId, @Body @Valid ActionStatusRequest request);

    /** One meeting, with what the signed-in user may do in its group. */
    @Get(ApiPaths.MEETING)
    MeetingView meeting(@PathVariable UUID meetingId);

    @Post(ApiPaths.MEETING_MOVE)
    MeetingView move(@PathVariable UUID meetingId, @Body @Valid MoveMeetingRequest request);

    @Post(ApiPaths.MEETING_CANCEL)
    MeetingView cancel(@PathVariable UUID meetingId, @Body @Valid CancelMeetingRequest request);

    @Post(ApiPaths.MEETING_HELD)
    MeetingView held(@PathVariable UUID meetingId, @Body @Valid VersionedRequest request);

    /** The meeting's moves and cancellation, with reasons. */
    @Get(ApiPaths.MEETING_CHANGES)
    List<MeetingChangeView> changes(@PathVariable UUID meetingId);

    /** Every seat of the group at the meeting, with the live quorum verdict. */
    @Get(ApiPaths.MEETING_ATTENDANCE)
    MeetingAttendanceView attendance(@PathVariable UUID meetingId);

    /** Records how a seat was filled; answers the attendance and the quorum verdict. */
    @Put(ApiPaths.MEETING_ATTENDANCE_SEAT)
    MeetingAttendanceView record(@PathVariable UUID meetingId, @PathVariable UUID memberId,
                                 @Body @Valid RecordAttendanceRequest request);

    @Get(ApiPaths.MEETING_QUORUM)
    QuorumVerdictView quorum(@PathVariable UUID meetingId);

    /** The agenda, with the item deadline and, for whoever may read them, each item's papers. */
    @Get(ApiPaths.MEETING_AGENDA)
    AgendaView agenda(@PathVariable UUID meetingId);

    /** Submits an agenda item; items after the deadline are flagged late. */
    @Post(ApiPaths.MEETING_AGENDA_ITEMS)
    AgendaItemView submit(@PathVariable UUID meetingId, @Body @Valid SubmitAgendaItemRequest request);

    @Post(ApiPaths.MEETING_AGENDA_ITEM_DECISION)
    AgendaItemView decide(@PathVariable UUID meetingId, @PathVariable UUID itemId, @Body @Valid AgendaDecisionRequest request);

    @Put(ApiPaths.MEETING_AGENDA_ORDER)
    AgendaView order(@PathVariable UUID meetingId, @Body @Valid AgendaOrderRequest request);

    /** Every published revision of the agenda, newest first. */
    @Get(ApiPaths.MEETING_AGENDA_PUBLICATIONS)
    List<AgendaPublicationView> publications(@PathVariable UUID meetingId);

    /** Publishes the agenda with its papers as a new revision (409 with the reason when it cannot be). */
    @Post(ApiPaths.MEETING_AGENDA_PUBLICATIONS)
    AgendaView publish(@PathVariable UUID meetingId, @Body @Valid PublishAgendaRequest request);

    /** The current minutes, with the circulation clock (404 while none have been drafted). */
    @Get(ApiPaths.MEETING_MINUTES)
    MinutesView currentMinutes(@PathVariable UUID meetingId);

    /** Writes the draft minutes; approved minutes are locked (409). */
    @Put(ApiPaths.MEETING_MINUTES)
    MinutesView draft(@PathVariable UUID meetingId, @Body @Valid DraftMinutesRequest request);

    @Post(ApiPaths.MEETING_MINUTES_APPROVE)
    MinutesView approve(@PathVariable UUID meetingId, @Body @Valid ApproveMinutesRequest request);

    @Post(ApiPaths.MEETING_MINUTES_AMENDMENTS)
    MinutesView amend(@PathVariable UUID meetingId, @Body @Valid AmendMinutesRequest request);

    @Post(ApiPaths.MEETING_MINUTES_CIRCULATE)
    MinutesView circulate(@PathVariable UUID meetingId, @Body @Valid CirculateMinutesRequest request);

    @Get(ApiPaths.MEETING_ACTIONS)
    List<ActionView> actions(@PathVariable UUID meetingId);

    @Post(ApiPaths.MEETING_ACTIONS)
    ActionView addAction(@PathVariable UUID meetingId, @Body @Valid NewActionRequest request);
}
