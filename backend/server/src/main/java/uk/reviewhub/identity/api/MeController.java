package uk.reviewhub.identity.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.access.SignOut;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SessionApi;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.api.auth.SwitchPartnershipRequest;
import uk.reviewhub.identity.domain.PartnershipSwitch;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.identity.domain.SignedIn;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

/** The signed-in session: who the token speaks for, and signing out. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Authentication")
class MeController implements SessionApi {

    private final SignInService signIns;
    private final SignOut signOut;
    private final SecurityService security;
    private final PartnershipSwitch partnershipSwitch;

    MeController(SignInService signIns, SignOut signOut, SecurityService security, PartnershipSwitch partnershipSwitch) {
        this.signIns = signIns;
        this.signOut = signOut;
        this.security = security;
        this.partnershipSwitch = partnershipSwitch;
    }

    @Override
    @Operation(summary = "Who the access token speaks for: user, partnership, roles")
    public Me me() {
        CurrentUser current = CurrentUser.of(authentication());
        return signIns.whoIs(current.userId(), current.tenantId().orElse(null))
                .filter(user -> user.user().active())
                .map(MeMapper::me)
                .orElseThrow(() -> new NotSignedInException("This account is no longer active."));
    }

    @Override
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: revoke the given refresh token and the access token the request carries")
    @ApiResponse(responseCode = "204", description = "Signed out")
    public void signOut(@Body @Valid RefreshRequest request) {
        Authentication authentication = authentication();
        signIns.signOut(CurrentUser.of(authentication).userId(), request.refreshToken());
        signOut.revokeAccessToken(authentication);
    }

    @Override
    @Operation(summary = "Work in another of the signed-in person's partnerships",
            description = "Answers a new token pair carrying the partnership asked for (404 if the person holds no current "
                    + "role in it; 403 into a partnership that signs in only through its organisation, from a session its "
                    + "single sign-on did not prove); the refresh token given and the access token the request carries end.")
    @ApiResponse(responseCode = "200", description = "Signed in to the partnership")
    public SignInResponse switchPartnership(@Body @Valid SwitchPartnershipRequest request) {
        Authentication authentication = authentication();
        CurrentUser current = CurrentUser.of(authentication);
        SignedIn switched = partnershipSwitch.to(current.userId(), request.partnershipId(), request.refreshToken());
        signIns.signOut(current.userId(), request.refreshToken());
        signOut.revokeAccessToken(authentication);
        return MeMapper.response(switched);
    }

    private Authentication authentication() {
        return security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."));
    }
}
