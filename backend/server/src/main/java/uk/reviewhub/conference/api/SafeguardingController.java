package uk.reviewhub.conference.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.conference.ActionRequest;
import uk.reviewhub.api.conference.AllocationRequest;
import uk.reviewhub.api.conference.AllocationView;
import uk.reviewhub.api.conference.AttendanceRequest;
import uk.reviewhub.api.conference.ChairCaseload;
import uk.reviewhub.api.conference.ChildRequest;
import uk.reviewhub.api.conference.ChildView;
import uk.reviewhub.api.conference.ConferenceRequest;
import uk.reviewhub.api.conference.ConferenceView;
import uk.reviewhub.api.conference.DiaryEntry;
import uk.reviewhub.api.conference.EpisodeEventRequest;
import uk.reviewhub.api.conference.EpisodeRequest;
import uk.reviewhub.api.conference.EpisodeView;
import uk.reviewhub.api.conference.HeldRequest;
import uk.reviewhub.api.conference.InviteeRequest;
import uk.reviewhub.api.conference.OutcomeRequest;
import uk.reviewhub.api.conference.ParticipationRequest;
import uk.reviewhub.api.conference.SafeguardingApi;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import uk.reviewhub.api.conference.IssueRecordRequest;
import uk.reviewhub.api.conference.RecordView;
import uk.reviewhub.conference.domain.ConferenceRecords;
import uk.reviewhub.document.domain.DocumentFormat;
import uk.reviewhub.document.domain.RenderedDocument;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.conference.domain.ChildDetails;
import uk.reviewhub.conference.domain.Conference;
import uk.reviewhub.conference.domain.Conferences;
import uk.reviewhub.conference.domain.Safeguarding;
import uk.reviewhub.conference.domain.ServiceClocks;
import uk.reviewhub.conference.domain.Viewer;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/**
 * The safeguarding service (child protection conferences and looked-after children's reviews).
 * Only the service's roles reach it: a chair the children allocated to them (others are not
 * found), the manager and the service's support every child; the manager alone allocates, the
 * chair alone records an outcome.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Safeguarding service")
class SafeguardingController implements SafeguardingApi {

    private static final int DEFAULT_WEEKS = 4;

    private final Safeguarding service;
    private final Conferences conferences;
    private final ConferenceRecords records;
    private final ServiceClocks clocks;
    private final SecurityService security;

    SafeguardingController(Safeguarding service, Conferences conferences, ConferenceRecords records, ServiceClocks clocks,
                           SecurityService security) {
        this.service = service;
        this.conferences = conferences;
        this.records = records;
        this.clocks = clocks;
        this.security = security;
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The children the signed-in person may see (a chair: those allocated to them), each with the clock due first")
    public List<ChildView> children() {
        return service.children(viewer()).stream().map(SafeguardingViews::child).toList();
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Record a child, minimally: case reference, initials, date of birth or expected date of birth, borough")
    public ChildView createChild(@Body @Valid ChildRequest request) {
        return SafeguardingViews.child(service.create(viewer(), details(request)));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "A child (404 for a chair when the child is not allocated to them)")
    public ChildView child(@PathVariable UUID childId) {
        return SafeguardingViews.child(service.child(viewer(), childId));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Correct a child's details (version required; 409 when stale)")
    public ChildView updateChild(@PathVariable UUID childId, @Body @Valid ChildRequest request) {
        return SafeguardingViews.child(service.update(viewer(), childId, details(request)));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Every allocation of a chair to the child, newest first")
    public List<AllocationView> allocations(@PathVariable UUID childId) {
        return service.allocations(viewer(), childId).stream().map(SafeguardingViews::allocation).toList();
    }

    @Override
    @Status(HttpStatus.OK)
    @Secured({Roles.SAFEGUARDING_MANAGER})
    @Operation(summary = "Allocate or reallocate a chair (a reason for a reallocation); siblings share the chair")
    public List<AllocationView> allocate(@PathVariable UUID childId, @Body @Valid AllocationRequest request) {
        return service.allocate(viewer(), childId, request.chairId(), request.reason(), request.allocatedOn()).stream()
                .map(SafeguardingViews::allocation).toList();
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The child's episodes with their timelines of clocks")
    public List<EpisodeView> episodes(@PathVariable UUID childId) {
        return service.episodes(viewer(), childId).stream().map(SafeguardingViews::episode).toList();
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Open a child protection episode (from the strategy discussion) or a looked-after episode")
    public EpisodeView openEpisode(@PathVariable UUID childId, @Body @Valid EpisodeRequest request) {
        return SafeguardingViews.episode(service.open(viewer(), childId, request.kind(), request.startedOn()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "An episode, its conferences and its timeline: each due date follows the actual date of the event before it")
    public EpisodeView episode(@PathVariable UUID episodeId) {
        return SafeguardingViews.episode(service.episode(viewer(), episodeId));
    }

    @Override
    @Status(HttpStatus.OK)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Record a dated event of the episode: first core group, reviewing officer allocated, panel check, end")
    public EpisodeView recordEvent(@PathVariable UUID episodeId, @Body @Valid EpisodeEventRequest request) {
        return SafeguardingViews.episode(service.record(viewer(), episodeId, request.event(), request.on(), request.reason(),
                request.version()));
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Schedule a conference or review (422 out of order, e.g. a review before the initial conference)")
    public ConferenceView schedule(@PathVariable UUID episodeId, @Body @Valid ConferenceRequest request) {
        return view(conferences.schedule(viewer(), episodeId, request.kind(), request.plannedOn(), request.earlyAtIroRequest()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "A conference or review: attendance with the live quorum, participation, outcome, actions, clocks")
    public ConferenceView conference(@PathVariable UUID conferenceId) {
        return view(conferences.read(viewer(), conferenceId));
    }

    @Override
    @Status(HttpStatus.OK)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The conference was held (its quorum read from the attendance; a delay needs its reason)")
    public ConferenceView held(@PathVariable UUID conferenceId, @Body @Valid HeldRequest request) {
        return view(conferences.held(viewer(), conferenceId, request.heldOn(), request.delayReason(), request.reportsSharedOn(),
                request.version()));
    }

    @Override
    @Status(HttpStatus.OK)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Invite an agency's professional (by role, no name)")
    public ConferenceView invite(@PathVariable UUID conferenceId, @Body @Valid InviteeRequest request) {
        return view(conferences.invite(viewer(), conferenceId, request.agencyId(), request.roleTitle(), request.directContact()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "An invitee's attendance or apologies, and when their report came")
    public ConferenceView attendance(@PathVariable UUID inviteeId, @Body @Valid AttendanceRequest request) {
        return view(conferences.attendance(viewer(), inviteeId, request.attendance(), request.reportReceivedOn(), request.version()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The live quorum verdict from the attendance recorded so far")
    public QuorumVerdictView quorum(@PathVariable UUID conferenceId) {
        return SafeguardingViews.quorum(conferences.quorum(viewer(), conferenceId));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The child's and the parents' participation")
    public ConferenceView participation(@PathVariable UUID conferenceId, @Body @Valid ParticipationRequest request) {
        return view(conferences.participation(viewer(), conferenceId, new Conference.Participation(request.childAttended(),
                request.childViews(), request.advocateOffered(), request.parentsAttended(), request.parentsViews()), request.version()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR})
    @Operation(summary = "The outcome, the chair's decision (plan or not, category, reasons, dissent, plans, next date)")
    public ConferenceView outcome(@PathVariable UUID conferenceId, @Body @Valid OutcomeRequest request) {
        return view(conferences.outcome(viewer(), conferenceId, new Conference.Outcome(request.outcome(), request.category(),
                request.reasons(), request.dissent(), request.leadSocialWorker(), request.coreGroup(), request.outlinePlan(),
                request.contingencyPlan(), request.carePlanScrutiny(), request.nextOn()), request.amendmentReason(), request.version()));
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR})
    @Operation(summary = "A SMART action decided at a looked-after review (what, who, by when)")
    public ConferenceView addAction(@PathVariable UUID conferenceId, @Body @Valid ActionRequest request) {
        return view(conferences.addAction(viewer(), conferenceId, request.description(), request.owner(), request.dueOn()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Record an action's completion")
    public ConferenceView completeAction(@PathVariable UUID actionId, @Body @Valid ActionRequest request) {
        return view(conferences.completeAction(viewer(), actionId, request.completedOn(), request.version()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The issued records of a conference or review (decision letter, full record), every issue")
    public List<RecordView> records(@PathVariable UUID conferenceId) {
        return records.records(viewer(), conferenceId).stream().map(SafeguardingViews::record).toList();
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Issue the decision letter or full record from the partnership's template; locked once issued "
            + "(a new issue, with its amendment reason, amends it)")
    public List<RecordView> issueRecord(@PathVariable UUID conferenceId, @Body @Valid IssueRecordRequest request) {
        return records.issue(viewer(), conferenceId, request.kind(), request.amendmentReason()).stream()
                .map(SafeguardingViews::record).toList();
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "An issued record as record.pdf or record.docx, exactly as issued")
    public HttpResponse<byte[]> recordDocument(@PathVariable UUID recordId, @PathVariable String format) {
        DocumentFormat f = DocumentFormat.ofExtension(format);
        if (f == null || f == DocumentFormat.HTML) {
            throw new NotFoundException("Records are .pdf or .docx files.");
        }
        RenderedDocument document = records.document(viewer(), recordId, f);
        return HttpResponse.ok(document.content())
                .contentType(MediaType.of(document.format().mediaType()))
                .header("Content-Disposition", "attachment; filename=\"record-" + recordId + "." + f.extension() + "\"")
                .header("Cache-Control", "private, no-store");
    }

    @Override
    @Secured({Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The chairs and their caseloads: children, clocks due in the coming weeks (default 4), clocks overdue")
    public List<ChairCaseload> chairs(@Nullable @QueryValue Integer weeks) {
        return service.caseloads(viewer(), weeks == null ? DEFAULT_WEEKS : weeks).stream().map(SafeguardingViews::caseload).toList();
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The diary: open clocks due in the coming weeks (default 4) and every overdue one; a chair's own children")
    public List<DiaryEntry> diary(@Nullable @QueryValue Integer weeks) {
        return service.diary(viewer(), weeks == null ? DEFAULT_WEEKS : weeks).stream().map(SafeguardingViews::diary).toList();
    }

    private ConferenceView view(Conferences.ConferenceFile file) {
        return SafeguardingViews.conference(file, clocks.today());
    }

    private Viewer viewer() {
        CurrentUser user = CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first.")));
        return Viewer.of(user.userId(), user.roles());
    }

    private static ChildDetails details(ChildRequest r) {
        if (r.caseReference() == null) {
            throw new InvalidFieldException("caseReference", "Give the case reference.");
        }
        return new ChildDetails(r.caseReference(), r.initials(), r.bornOn(), r.expectedOn(), r.borough(), r.siblingOf(), r.version());
    }
}
