package uk.reviewhub.api.scrutiny;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Independent scrutiny's HTTP interface: the programme of pieces of scrutiny, their lifecycle and
 * the scrutineers' days, the versioned observation framework and observations, the observation
 * schedule, the focus groups, staff and family feedback and audits recorded as evidence, and the
 * findings drawn from the evidence with their recommendations and actions on the Composite Action Plan. The backend's
 * controller implements it; who may call each operation is on the controller and in the README's
 * roles table.
 */
public interface ScrutinyApi {

    @Get(ScrutinyPaths.PROGRAMME)
    ProgrammeView programme();

    @Get(ScrutinyPaths.SETTINGS)
    ScrutinySettingsView settings();

    @Post(ScrutinyPaths.PIECES)
    PieceView commission(@Body @Valid PieceRequest request);

    @Get(ScrutinyPaths.PIECE)
    PieceView piece(@PathVariable UUID pieceId);

    @Put(ScrutinyPaths.PIECE)
    PieceView change(@PathVariable UUID pieceId, @Body @Valid PieceChangeRequest request);

    @Post(ScrutinyPaths.PIECE_STATUS)
    PieceView moveOn(@PathVariable UUID pieceId, @Body @Valid StatusRequest request);

    @Post(ScrutinyPaths.PIECE_DAYS)
    PieceView logDay(@PathVariable UUID pieceId, @Body @Valid ScrutinyDayRequest request);

    @Get(ScrutinyPaths.PIECE_OBSERVATIONS)
    List<ObservationView> observations(@PathVariable UUID pieceId);

    @Post(ScrutinyPaths.PIECE_OBSERVATIONS)
    ObservationView observe(@PathVariable UUID pieceId, @Body @Valid ObservationRequest request);

    @Get(ScrutinyPaths.FRAMEWORK)
    FrameworkView framework();

    @Post(ScrutinyPaths.FRAMEWORK)
    FrameworkView reviseFramework(@Body @Valid FrameworkRequest request);

    @Get(ScrutinyPaths.FRAMEWORK_VERSIONS)
    List<FrameworkView> frameworkVersions();

    @Get(ScrutinyPaths.FRAMEWORK_VERSION)
    FrameworkView frameworkVersion(@PathVariable int version);

    @Get(ScrutinyPaths.SCHEDULE)
    ScheduleView schedule(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue Integer weeks);

    @Post(ScrutinyPaths.PIECE_SCHEDULE)
    ScheduledView plan(@PathVariable UUID pieceId, @Body @Valid ScheduleRequest request);

    @Post(ScrutinyPaths.SCHEDULED_CANCELLATION)
    ScheduledView cancelPlanned(@PathVariable UUID scheduledId, @Body @Valid CancellationRequest request);

    @Post(ScrutinyPaths.SCHEDULE_FEED)
    ScheduleFeedView scheduleFeed();

    @Get(ScrutinyPaths.PIECE_EVIDENCE)
    List<EvidenceView> evidence(@PathVariable UUID pieceId);

    @Post(ScrutinyPaths.PIECE_EVIDENCE)
    EvidenceView recordEvidence(@PathVariable UUID pieceId, @Body @Valid EvidenceRequest request);

    @Get(ScrutinyPaths.PIECE_FINDINGS)
    FindingsView findings(@PathVariable UUID pieceId);

    @Post(ScrutinyPaths.PIECE_FINDINGS)
    FindingView find(@PathVariable UUID pieceId, @Body @Valid FindingRequest request);

    @Post(ScrutinyPaths.FINDING_RECOMMENDATIONS)
    FindingView recommend(@PathVariable UUID findingId, @Body @Valid RecommendationRequest request);
}
