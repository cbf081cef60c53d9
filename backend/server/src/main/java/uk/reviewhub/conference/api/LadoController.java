package uk.reviewhub.conference.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.conference.AllegationActionDoneRequest;
import uk.reviewhub.api.conference.AllegationActionRequest;
import uk.reviewhub.api.conference.AllegationOutcomeRequest;
import uk.reviewhub.api.conference.AllegationRequest;
import uk.reviewhub.api.conference.AllegationView;
import uk.reviewhub.api.conference.LadoApi;
import uk.reviewhub.api.conference.PersonRef;
import uk.reviewhub.conference.domain.Allegation;
import uk.reviewhub.conference.domain.Lado;
import uk.reviewhub.conference.domain.ServiceClocks;
import uk.reviewhub.conference.domain.Viewer;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The LADO log (allegations against people who work with children). Only the safeguarding
 * service's roles reach it: the manager and support record referrals and see every allegation; a
 * chair sees those whose strategy meeting they chair (others are not found), records the actions
 * agreed with support, and alone records the outcome.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Safeguarding service")
class LadoController implements LadoApi {

    private final Lado lado;
    private final ServiceClocks clocks;
    private final SecurityService security;

    LadoController(Lado lado, ServiceClocks clocks, SecurityService security) {
        this.lado = lado;
        this.clocks = clocks;
        this.security = security;
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "The LADO log: allegations against people who work with children, open first (a chair: those whose meeting they chair)")
    public List<AllegationView> allegations() {
        LocalDate today = clocks.today();
        return lado.log(viewer()).stream().map(f -> view(f, today)).toList();
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Record a referral to the designated officer: the person by employer sector and role (never a name)")
    public AllegationView recordAllegation(@Body @Valid AllegationRequest request) {
        return view(lado.record(viewer(), details(request), Boolean.TRUE.equals(request.noNamesConfirmed())), clocks.today());
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "An allegation: its referral clock, strategy meeting, actions and outcome")
    public AllegationView allegation(@PathVariable UUID allegationId) {
        return view(lado.read(viewer(), allegationId), clocks.today());
    }

    @Override
    @Secured({Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Correct an allegation's details or set its strategy meeting and chair (version required; 422 once closed)")
    public AllegationView changeAllegation(@PathVariable UUID allegationId, @Body @Valid AllegationRequest request) {
        return view(lado.change(viewer(), allegationId, details(request), Boolean.TRUE.equals(request.noNamesConfirmed()),
                request.version()), clocks.today());
    }

    @Override
    @Status(HttpStatus.CREATED)
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "An action agreed at the strategy meeting: what, who (a role or agency), by when")
    public AllegationView addAllegationAction(@PathVariable UUID allegationId, @Body @Valid AllegationActionRequest request) {
        return view(lado.addAction(viewer(), allegationId, request.description(), request.owner(), request.dueOn(),
                Boolean.TRUE.equals(request.noNamesConfirmed())), clocks.today());
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_SUPPORT})
    @Operation(summary = "Record that an allegation's action was done")
    public AllegationView allegationActionDone(@PathVariable UUID actionId, @Body @Valid AllegationActionDoneRequest request) {
        return view(lado.actionDone(viewer(), actionId, request.doneOn(), request.version()), clocks.today());
    }

    @Override
    @Secured({Roles.SAFEGUARDING_CHAIR})
    @Operation(summary = "The outcome, the meeting chair's decision: substantiated, unsubstantiated, false, malicious or unfounded (once; it closes the allegation)")
    public AllegationView allegationOutcome(@PathVariable UUID allegationId, @Body @Valid AllegationOutcomeRequest request) {
        return view(lado.outcome(viewer(), allegationId, request.outcome(), request.decidedOn(), request.version()), clocks.today());
    }

    private static AllegationView view(Lado.AllegationFile f, LocalDate today) {
        Allegation a = f.allegation();
        return new AllegationView(a.id(), a.reference(), a.knownOn(), a.referredOn(), a.employerSector(), a.personRole(), a.meetingOn(),
                a.chairId() == null ? null : new PersonRef(a.chairId(), a.chairName()), SafeguardingViews.step(f.referral()),
                a.outcome(), a.decidedOn(), a.open(),
                f.actions().stream().map(x -> new AllegationView.AllegationActionView(x.id(), x.description(), x.owner(), x.dueOn(),
                        x.doneOn(), x.status(today), x.version())).toList(),
                a.version());
    }

    private static Allegation.Details details(AllegationRequest r) {
        return new Allegation.Details(r.reference(), r.knownOn(), r.referredOn(), r.employerSector(), r.personRole(), r.meetingOn(),
                r.chairId());
    }

    private Viewer viewer() {
        CurrentUser user = CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first.")));
        return Viewer.of(user.userId(), user.roles());
    }
}
