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
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.conference.IssueOutcomeRequest;
import uk.reviewhub.api.conference.IssueProcessView;
import uk.reviewhub.api.conference.IssueRequest;
import uk.reviewhub.api.conference.IssueResolutionApi;
import uk.reviewhub.api.conference.IssueStepRequest;
import uk.reviewhub.api.conference.IssueView;
import uk.reviewhub.api.conference.PersonRef;
import uk.reviewhub.conference.domain.Issue;
import uk.reviewhub.conference.domain.IssueFilter;
import uk.reviewhub.conference.domain.IssueProcess;
import uk.reviewhub.conference.domain.Issues;
import uk.reviewhub.conference.domain.ServiceClocks;
import uk.reviewhub.conference.domain.Viewer;
import uk.reviewhub.pack.IssueResolution;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/**
 * The Issue Resolution Process and its escalation register. Only the safeguarding service's roles
 * reach it: a chair raises issues about the children allocated to them, escalates them, refers them to
 * Cafcass and records their outcome; support records responses; the manager and support see every
 * issue, a chair those they raised or about their children (others are not found).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Safeguarding service")
class IssueController implements IssueResolutionApi {

    private final Issues issues;
    private final ServiceClocks clocks;
    private final SecurityService security;

    IssueController(Issues issues, ServiceClocks clocks, SecurityService security) {
        this.issues = issues;
        this.clocks = clocks;
        this.security = security;
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The partnership's Issue Resolution Process: its stages with their response clocks, and Cafcass referral")
    public IssueProcessView issueProcess() {
        IssueProcess p = issues.process();
        return new IssueProcessView(p.enabled(), p.stages().stream().map(s -> new IssueProcessView.Stage(s.code(), s.name(), s.formal(),
                s.clock(), clocks.describe(s.clock()))).toList(), clocks.describe(IssueResolution.RESOLUTION_CLOCK), p.cafcassReferral());
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The escalation register: issues open first, filtered by chair, stage, child or open (a chair: their own and their children's)")
    public List<IssueView> issues(@Nullable @QueryValue UUID chairId, @Nullable @QueryValue @Size(max = 60) String stage,
                                  @Nullable @QueryValue UUID childId, @Nullable @QueryValue Boolean open) {
        return issues.register(viewer(), new IssueFilter(chairId, stage == null || stage.isBlank() ? null : stage.strip(),
                childId, open)).stream().map(IssueController::view).toList();
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR})
    @Operation(summary = "Raise an issue about the plan for, or practice around, a child allocated to you (no names)")
    public IssueView raiseIssue(@Body @Valid IssueRequest request) {
        return view(issues.raise(viewer(), request.childId(), request.category(), request.summary(), request.raisedOn(), request.stage(),
                Boolean.TRUE.equals(request.noNamesConfirmed())));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "An issue: its stage and response clock, the whole process's clock, age, steps and outcome")
    public IssueView issue(@PathVariable UUID issueId) {
        return view(issues.read(viewer(), issueId));
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "A step of an open issue: escalated to a later stage or referred to Cafcass (the chair's), or a response at its stage")
    public IssueView issueStep(@PathVariable UUID issueId, @Body @Valid IssueStepRequest request) {
        return view(issues.step(viewer(), issueId, request.kind(), request.stage(), request.on(), request.note(),
                Boolean.TRUE.equals(request.noNamesConfirmed()), request.version()));
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR})
    @Operation(summary = "The outcome, the chair's: resolved, or closed without resolution (once; nothing after it)")
    public IssueView issueOutcome(@PathVariable UUID issueId, @Body @Valid IssueOutcomeRequest request) {
        return view(issues.outcome(viewer(), issueId, request.outcome(), request.on(), request.note(),
                Boolean.TRUE.equals(request.noNamesConfirmed()), request.version()));
    }

    static IssueView view(Issues.IssueFile f) {
        Issue i = f.issue();
        return new IssueView(i.id(), new IssueView.ChildRef(i.childId(), i.caseReference()), i.category(), i.summary(),
                new PersonRef(i.raisedBy(), i.raisedByName() == null ? "" : i.raisedByName()), i.raisedOn(),
                new IssueView.StageRef(f.stage().code(), f.stage().name(), f.stage().formal()), i.stageSince(), i.respondedOn(),
                SafeguardingViews.step(f.stageResponse()), SafeguardingViews.step(f.resolution()), i.cafcassReferredOn(), i.outcome(),
                i.outcomeOn(), i.open(), f.workingDaysOpen(), f.overdue(),
                f.steps().stream().map(s -> new IssueView.IssueStepView(s.kind(), s.stageCode(), stageName(f, s.stageCode()), s.on(),
                        s.note(), new PersonRef(s.recordedBy(), s.recordedByName()), s.recordedAt())).toList(),
                i.version());
    }

    private static String stageName(Issues.IssueFile f, String code) {
        return f.stage().code().equals(code) ? f.stage().name() : f.stageNames().getOrDefault(code, code);
    }

    private Viewer viewer() {
        CurrentUser user = CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first.")));
        return Viewer.of(user.userId(), user.roles());
    }
}
