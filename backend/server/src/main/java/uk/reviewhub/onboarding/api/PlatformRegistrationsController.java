package uk.reviewhub.onboarding.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.onboarding.PlatformRegistrationsApi;
import uk.reviewhub.api.onboarding.RegistrationView;
import uk.reviewhub.api.onboarding.RejectionRequest;
import uk.reviewhub.onboarding.domain.Registration;
import uk.reviewhub.onboarding.domain.Registrations;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/** Platform admins see verified requests for new partnerships and approve or reject them. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Onboarding")
class PlatformRegistrationsController implements PlatformRegistrationsApi {

    private final Registrations registrations;
    private final SecurityService security;

    PlatformRegistrationsController(Registrations registrations, SecurityService security) {
        this.registrations = registrations;
        this.security = security;
    }

    @Override
    @Secured(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Verified requests for new partnerships, those waiting first")
    public List<RegistrationView> registrations() {
        return registrations.forPlatform().stream().map(PlatformRegistrationsController::view).toList();
    }

    @Override
    @Secured(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Approve a request: the requester is mailed a single-use set-up link")
    public RegistrationView approve(@PathVariable UUID registrationId) {
        return view(registrations.approve(registrationId, userId(), false));
    }

    @Override
    @Secured(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Reject a request with a reason, which is mailed to the requester")
    public RegistrationView reject(@PathVariable UUID registrationId, @Body @Valid RejectionRequest request) {
        return view(registrations.reject(registrationId, userId(), request.reason()));
    }

    private UUID userId() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }

    static RegistrationView view(Registration r) {
        return new RegistrationView(r.id(), r.partnershipName(), r.localAuthorities(), r.requesterName(), r.email(), r.status(),
                r.createdAt(), r.verifiedAt(), r.decidedAt(), r.decisionReason(), r.autoApproved());
    }
}
