package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.Valid;
import uk.reviewhub.api.meeting.QuorumVerdictView;

import java.util.List;
import java.util.UUID;

/**
 * The safeguarding service's HTTP interface: child protection conferences and looked-after
 * children's reviews, for the roles SAFEGUARDING_CHAIR (the children allocated to them),
 * SAFEGUARDING_MANAGER and SAFEGUARDING_SUPPORT (the service's children). The backend's controller
 * implements it; who may call each operation is on the controller and in the README's roles table.
 */
public interface SafeguardingApi {

    @Get(SafeguardingPaths.CHILDREN)
    List<ChildView> children();

    @Post(SafeguardingPaths.CHILDREN)
    ChildView createChild(@Body @Valid ChildRequest request);

    @Get(SafeguardingPaths.CHILD)
    ChildView child(@PathVariable UUID childId);

    @Put(SafeguardingPaths.CHILD)
    ChildView updateChild(@PathVariable UUID childId, @Body @Valid ChildRequest request);

    @Get(SafeguardingPaths.CHILD_ALLOCATIONS)
    List<AllocationView> allocations(@PathVariable UUID childId);

    @Post(SafeguardingPaths.CHILD_ALLOCATIONS)
    List<AllocationView> allocate(@PathVariable UUID childId, @Body @Valid AllocationRequest request);

    @Get(SafeguardingPaths.CHILD_EPISODES)
    List<EpisodeView> episodes(@PathVariable UUID childId);

    @Post(SafeguardingPaths.CHILD_EPISODES)
    EpisodeView openEpisode(@PathVariable UUID childId, @Body @Valid EpisodeRequest request);

    @Get(SafeguardingPaths.EPISODE)
    EpisodeView episode(@PathVariable UUID episodeId);

    @Post(SafeguardingPaths.EPISODE_EVENTS)
    EpisodeView recordEvent(@PathVariable UUID episodeId, @Body @Valid EpisodeEventRequest request);

    @Post(SafeguardingPaths.EPISODE_CONFERENCES)
    ConferenceView schedule(@PathVariable UUID episodeId, @Body @Valid ConferenceRequest request);

    @Get(SafeguardingPaths.CONFERENCE)
    ConferenceView conference(@PathVariable UUID conferenceId);

    @Post(SafeguardingPaths.CONFERENCE_HELD)
    ConferenceView held(@PathVariable UUID conferenceId, @Body @Valid HeldRequest request);

    @Post(SafeguardingPaths.CONFERENCE_INVITEES)
    ConferenceView invite(@PathVariable UUID conferenceId, @Body @Valid InviteeRequest request);

    @Put(SafeguardingPaths.INVITEE)
    ConferenceView attendance(@PathVariable UUID inviteeId, @Body @Valid AttendanceRequest request);

    @Get(SafeguardingPaths.CONFERENCE_QUORUM)
    QuorumVerdictView quorum(@PathVariable UUID conferenceId);

    @Put(SafeguardingPaths.CONFERENCE_PARTICIPATION)
    ConferenceView participation(@PathVariable UUID conferenceId, @Body @Valid ParticipationRequest request);

    @Put(SafeguardingPaths.CONFERENCE_OUTCOME)
    ConferenceView outcome(@PathVariable UUID conferenceId, @Body @Valid OutcomeRequest request);

    @Post(SafeguardingPaths.CONFERENCE_ACTIONS)
    ConferenceView addAction(@PathVariable UUID conferenceId, @Body @Valid ActionRequest request);

    @Put(SafeguardingPaths.ACTION)
    ConferenceView completeAction(@PathVariable UUID actionId, @Body @Valid ActionRequest request);

    @Get(SafeguardingPaths.CONFERENCE_RECORDS)
    List<RecordView> records(@PathVariable UUID conferenceId);

    @Post(SafeguardingPaths.CONFERENCE_RECORDS)
    List<RecordView> issueRecord(@PathVariable UUID conferenceId, @Body @Valid IssueRecordRequest request);

    @Get(value = SafeguardingPaths.RECORD_DOCUMENT, produces = {MediaType.APPLICATION_PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> recordDocument(@PathVariable UUID recordId, @PathVariable String format);

    @Get(SafeguardingPaths.CHAIRS)
    List<ChairCaseload> chairs(@Nullable @QueryValue Integer weeks);

    @Get(SafeguardingPaths.DIARY)
    List<DiaryEntry> diary(@Nullable @QueryValue Integer weeks);
}
