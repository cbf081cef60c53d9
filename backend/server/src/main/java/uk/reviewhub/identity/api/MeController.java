package uk.reviewhub.identity.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.security.CurrentUser;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Authentication")
class MeController {

    private final SignInService signIns;

    MeController(SignInService signIns) {
        this.signIns = signIns;
    }

    @Get(ApiPaths.ME)
    @Operation(summary = "Who the access token speaks for: user, partnership, roles")
    Me me(Authentication authentication) {
        CurrentUser current = CurrentUser.of(authentication);
        return signIns.whoIs(current.userId(), current.tenantId().orElse(null))
                .filter(user -> user.user().active())
                .map(MeMapper::me)
                .orElseThrow(() -> new NotSignedInException("This account is no longer active."));
    }
}
