package uk.reviewhub.onboarding.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.api.onboarding.LinkToken;
import uk.reviewhub.api.onboarding.OnboardingApi;
import uk.reviewhub.api.onboarding.RegistrationAccepted;
import uk.reviewhub.api.onboarding.RegistrationRequest;
import uk.reviewhub.api.onboarding.SetupChecklist;
import uk.reviewhub.api.onboarding.SetupOffer;
import uk.reviewhub.api.onboarding.SetupRequest;
import uk.reviewhub.api.onboarding.SetupChecklistApi;
import uk.reviewhub.api.vocabulary.StartingPoint;
import uk.reviewhub.identity.api.MeMapper;
import uk.reviewhub.onboarding.domain.Registration;
import uk.reviewhub.onboarding.domain.Registrations;
import uk.reviewhub.onboarding.domain.SetupChecklists;

import java.util.Arrays;
import java.util.List;

/** Registration, its confirmation and the set-up (public, limited per client address and email), and the set-up checklist. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Onboarding")
class OnboardingController implements OnboardingApi, SetupChecklistApi {

    private final Registrations registrations;
    private final SetupChecklists checklists;
    private final HttpClientAddressResolver addressResolver;

    OnboardingController(Registrations registrations, SetupChecklists checklists, HttpClientAddressResolver addressResolver) {
        this.registrations = registrations;
        this.checklists = checklists;
        this.addressResolver = addressResolver;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Ask for a new partnership",
            description = "Mails a single-use confirmation link. The answer is the same whether or not the partnership or email is known.")
    public RegistrationAccepted register(@Body @Valid RegistrationRequest request) {
        return new RegistrationAccepted(registrations.register(request.partnershipName(), request.localAuthorities(),
                request.requesterName(), request.email(), address()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Confirm a request's email with the mailed link's token")
    public RegistrationAccepted verify(@Body @Valid LinkToken link) {
        return new RegistrationAccepted(registrations.verify(link.token(), address()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "What a set-up link offers (the link stays usable)")
    public SetupOffer setupOffer(@Body @Valid LinkToken link) {
        Registration r = registrations.setupOffer(link.token(), address());
        List<SetupOffer.Option> options = Arrays.stream(StartingPoint.values())
                .map(p -> new SetupOffer.Option(p.code(), p.label(), p.description())).toList();
        return new SetupOffer(r.partnershipName(), r.requesterName(), r.email(), options);
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Set the partnership up and sign its first admin in",
            description = "Uses the set-up link. The partnership, its rows and its first admin are made in one transaction.")
    public SignInResponse setup(@Body @Valid SetupRequest request) {
        return MeMapper.response(registrations.setup(request.token(), request.startingPoint(), request.password(),
                request.partnershipName(), address()));
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "The signed-in partnership's set-up checklist")
    public SetupChecklist checklist() {
        List<SetupChecklist.Step> steps = checklists.steps().stream()
                .map(s -> new SetupChecklist.Step(s.code(), s.title(), s.purpose(), s.example(), s.done(), s.link())).toList();
        return new SetupChecklist(steps, steps.stream().allMatch(SetupChecklist.Step::done));
    }

    private String address() {
        return String.valueOf(ServerRequestContext.currentRequest().map(addressResolver::resolve).orElse(null));
    }
}
