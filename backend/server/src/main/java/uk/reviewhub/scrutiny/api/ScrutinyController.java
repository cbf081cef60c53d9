package uk.reviewhub.scrutiny.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.scrutiny.CancellationRequest;
import uk.reviewhub.api.scrutiny.EvidenceRequest;
import uk.reviewhub.api.scrutiny.EvidenceView;
import uk.reviewhub.api.scrutiny.FindingRequest;
import uk.reviewhub.api.scrutiny.FindingView;
import uk.reviewhub.api.scrutiny.FindingsView;
import uk.reviewhub.api.scrutiny.PieceChangeRequest;
import uk.reviewhub.api.scrutiny.RecommendationRequest;
import uk.reviewhub.actionplan.api.ActionViews;
import uk.reviewhub.actionplan.domain.CompositeActionPlan;
import uk.reviewhub.scrutiny.domain.NewFinding;
import uk.reviewhub.scrutiny.domain.PieceChange;
import uk.reviewhub.api.scrutiny.FrameworkRequest;
import uk.reviewhub.api.scrutiny.FrameworkView;
import uk.reviewhub.api.scrutiny.ObservationRequest;
import uk.reviewhub.api.scrutiny.ObservationView;
import uk.reviewhub.api.scrutiny.PieceRequest;
import uk.reviewhub.api.scrutiny.PieceView;
import uk.reviewhub.api.scrutiny.ProgrammeView;
import uk.reviewhub.api.scrutiny.ScheduleFeedView;
import uk.reviewhub.api.scrutiny.ScheduleRequest;
import uk.reviewhub.api.scrutiny.ScheduleView;
import uk.reviewhub.api.scrutiny.ScheduledView;
import uk.reviewhub.api.scrutiny.ScrutinyApi;
import uk.reviewhub.api.scrutiny.ScrutinyDayRequest;
import uk.reviewhub.api.scrutiny.ScrutinySettingsView;
import uk.reviewhub.api.scrutiny.StatusRequest;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.scrutiny.domain.Framework;
import uk.reviewhub.scrutiny.domain.NewEvidence;
import uk.reviewhub.scrutiny.domain.NewFramework;
import uk.reviewhub.scrutiny.domain.NewObservation;
import uk.reviewhub.scrutiny.domain.NewPiece;
import uk.reviewhub.scrutiny.domain.NewScheduled;
import uk.reviewhub.scrutiny.domain.Scrutiny;
import uk.reviewhub.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Independent scrutiny. The scrutineers do the work (commission records and changes, lifecycle,
 * days, the schedule, observations, evidence, findings and recommendations, the framework); the
 * partnership admin, the chair and the vice chair read it (the admin read-only: the UI's
 * Capability.SCRUTINY and the README's roles table say the same). No other role reaches it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Independent scrutiny")
class ScrutinyController implements ScrutinyApi {

    private final Scrutiny scrutiny;
    private final SecurityService security;
    private final HttpHostResolver hosts;
    private final CompositeActionPlan plan;

    ScrutinyController(Scrutiny scrutiny, SecurityService security, HttpHostResolver hosts, CompositeActionPlan plan) {
        this.scrutiny = scrutiny;
        this.security = security;
        this.hosts = hosts;
        this.plan = plan;
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The scrutiny programme: whether the partnership runs scrutiny, its scrutineers and its pieces with their report clocks")
    public ProgrammeView programme() {
        return ScrutinyViews.programme(scrutiny.programme());
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Scrutiny's settings alone: whether the partnership runs scrutiny, and its finding ratings, best first")
    public ScrutinySettingsView settings() {
        var settings = scrutiny.settings();
        return new ScrutinySettingsView(settings.enabled(), settings.findingRatings());
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Record a piece of scrutiny the statutory partners commissioned, with its lead scrutineer and team")
    public PieceView commission(@Body @Valid PieceRequest r) {
        return ScrutinyViews.piece(scrutiny.commission(new NewPiece(r.title().strip(), r.scope().strip(),
                r.questions() == null ? List.of() : r.questions().stream().map(String::strip).toList(), r.methodology(),
                r.commissionedBy().strip(), r.commissionedOn(), r.leadId(), r.teamIds() == null ? List.of() : r.teamIds(),
                r.agreedReportBy()), user()));
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "A piece of scrutiny, its report clock and the days logged on it")
    public PieceView piece(@PathVariable UUID pieceId) {
        return ScrutinyViews.piece(scrutiny.piece(pieceId, user()));
    }

    @Override
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Change the piece's commission (title, scope, questions, methodology, lead, team, timescale) over the version read: its lead and team")
    public PieceView change(@PathVariable UUID pieceId, @Body @Valid PieceChangeRequest r) {
        return ScrutinyViews.piece(scrutiny.change(pieceId, new PieceChange(r.title().strip(), r.scope().strip(),
                r.questions() == null ? List.of() : r.questions().stream().map(String::strip).toList(), r.methodology(),
                r.leadId(), r.teamIds() == null ? List.of() : r.teamIds(), r.agreedReportBy(), r.version()), user()));
    }

    @Override
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Move the piece on one step (in progress, reporting, complete) or withdraw it: its lead and team")
    public PieceView moveOn(@PathVariable UUID pieceId, @Body @Valid StatusRequest r) {
        return ScrutinyViews.piece(scrutiny.moveOn(pieceId, r.status(), r.reportedOn(), r.version(), user()));
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Log a day (or part of one) you worked on the piece, against the chair's days allocation")
    public PieceView logDay(@PathVariable UUID pieceId, @Body @Valid ScrutinyDayRequest r) {
        return ScrutinyViews.piece(scrutiny.logDay(pieceId, r.workedOn(), r.days(), r.description(), user()));
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The piece's observations of frontline practice, by date")
    public List<ObservationView> observations(@PathVariable UUID pieceId) {
        return scrutiny.observations(pieceId, user()).stream().map(ScrutinyViews::observation).toList();
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Record an observation against a version of the framework (no child's or family member's name, no case number)")
    public ObservationView observe(@PathVariable UUID pieceId, @Body @Valid ObservationRequest r) {
        return ScrutinyViews.observation(scrutiny.observe(pieceId, new NewObservation(r.observedOn(), r.setting().strip(),
                r.frameworkVersion(), r.ratings().stream().map(x -> new NewObservation.RatingInput(x.domain(), x.rating())).toList(),
                r.evidence().strip(), blankToNull(r.strengths()), blankToNull(r.areasForDevelopment()),
                blankToNull(r.practitionerFeedback()), r.noNamesConfirmed()), user()));
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The current version of the observation framework")
    public FrameworkView framework() {
        return ScrutinyViews.framework(scrutiny.framework());
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Write a new version of the observation framework over the version you read")
    public FrameworkView reviseFramework(@Body @Valid FrameworkRequest r) {
        return ScrutinyViews.framework(scrutiny.revise(new NewFramework(r.name().strip(), blankToNull(r.guidance()),
                r.domains().stream().map(d -> new Framework.Domain(d.code(), d.name().strip(), blankToNull(d.guidance()),
                        d.prompts() == null ? List.of() : d.prompts().stream().map(String::strip).toList(),
                        d.ratingScale().stream().map(String::strip).toList())).toList(), r.basedOnVersion()), user()));
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "Every version of the observation framework, newest first")
    public List<FrameworkView> frameworkVersions() {
        return scrutiny.frameworks().stream().map(ScrutinyViews::framework).toList();
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "One version of the observation framework")
    public FrameworkView frameworkVersion(@PathVariable int version) {
        return ScrutinyViews.framework(scrutiny.framework(version));
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The observation schedule shared by the scrutineers, by week, with clashes and gaps")
    public ScheduleView schedule(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue Integer weeks) {
        return ScrutinyViews.schedule(scrutiny.schedule(from, weeks));
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Plan an observation of a team, service or meeting for the piece: its lead and team")
    public ScheduledView plan(@PathVariable UUID pieceId, @Body @Valid ScheduleRequest r) {
        var planned = scrutiny.plan(pieceId, new NewScheduled(r.observedOn(), r.startsAt(), r.endsAt(), r.setting().strip(),
                r.settingKind(), r.observerId(), blankToNull(r.location()), r.noNamesConfirmed()), user());
        return ScrutinyViews.scheduled(planned, List.of());
    }

    @Override
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Cancel a planned observation, saying why: the piece's lead and team")
    public ScheduledView cancelPlanned(@PathVariable UUID scheduledId, @Body @Valid CancellationRequest r) {
        return ScrutinyViews.scheduled(scrutiny.cancelPlanned(scheduledId, r.reason().strip(), user()), List.of());
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Make a calendar feed of the observations you are planned to make; its secret URL is answered this once")
    public ScheduleFeedView scheduleFeed() {
        String base = ServerRequestContext.currentRequest().map(hosts::resolve).orElse("");
        var feed = scrutiny.scheduleFeed(user(), base);
        return new ScheduleFeedView(feed.id(), feed.root());
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The piece's focus groups and staff and family feedback, by the day gathered")
    public List<EvidenceView> evidence(@PathVariable UUID pieceId) {
        return scrutiny.evidence(pieceId, user()).stream().map(ScrutinyViews::evidence).toList();
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Record a focus group or staff or family feedback as evidence (no child's or family member's name)")
    public EvidenceView recordEvidence(@PathVariable UUID pieceId, @Body @Valid EvidenceRequest r) {
        return ScrutinyViews.evidence(scrutiny.recordEvidence(pieceId, new NewEvidence(r.kind(), r.gatheredOn(), r.title().strip(),
                blankToNull(r.participants()), r.participantCount(), r.summary().strip(), r.noNamesConfirmed()), user()));
    }

    @Override
    @Secured({Roles.SCRUTINEER, Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR})
    @Operation(summary = "The piece's findings, the evidence each draws on (triangulation), their recommendations and CAP actions")
    public FindingsView findings(@PathVariable UUID pieceId) {
        var findings = scrutiny.findings(pieceId, user());
        var actions = ActionViews.views(plan.ofScrutinyPiece(pieceId));
        return new FindingsView(findings.stream().map(f -> ScrutinyViews.finding(f, actions.actions(), actions.recommendationOf())).toList(),
                scrutiny.agencies().entrySet().stream().map(e -> new FindingsView.AgencyName(e.getKey(), e.getValue())).toList());
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Record a finding of the piece, rated, drawing on its observations and other evidence: its lead and team")
    public FindingView find(@PathVariable UUID pieceId, @Body @Valid FindingRequest r) {
        var finding = scrutiny.find(pieceId, new NewFinding(r.title().strip(), r.detail().strip(), r.rating(),
                r.observationIds() == null ? List.of() : r.observationIds(), r.evidenceIds() == null ? List.of() : r.evidenceIds(),
                r.noNamesConfirmed()), user());
        return ScrutinyViews.finding(finding, List.of(), java.util.Map.of());
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SCRUTINEER})
    @Operation(summary = "Record a recommendation the finding leads to and, if given, its action on the Composite Action Plan (source: scrutiny)")
    public FindingView recommend(@PathVariable UUID findingId, @Body @Valid RecommendationRequest r) {
        var a = r.action();
        var finding = scrutiny.recommend(findingId, r.text().strip(), a == null ? null
                : new Scrutiny.NewAction(a.agencyId(), a.owner().strip(), a.description().strip(), a.dueOn()), r.noNamesConfirmed(), user());
        var actions = ActionViews.views(plan.ofScrutinyPiece(finding.pieceId()));
        return ScrutinyViews.finding(finding, actions.actions(), actions.recommendationOf());
    }

    private UUID user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
