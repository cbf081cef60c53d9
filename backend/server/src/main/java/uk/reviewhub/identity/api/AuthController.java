package uk.reviewhub.identity.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.AuthApi;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SignInRequest;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.identity.domain.SignedIn;

import java.util.function.Supplier;

/** Sign-in and token refresh, the only anonymous API calls (sign-out is with {@link MeController}). */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class AuthController implements AuthApi {

    private final SignInService signIns;
    private final HttpClientAddressResolver addressResolver;

    AuthController(SignInService signIns, HttpClientAddressResolver addressResolver) {
        this.signIns = signIns;
        this.addressResolver = addressResolver;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign in with email and password",
            description = "Answers a short-lived access token (JWT) and a single-use refresh token.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401", description = "Wrong email or password (the answer does not say which)")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    public SignInResponse signIn(@Body @Valid SignInRequest request) {
        String address = String.valueOf(ServerRequestContext.currentRequest().map(addressResolver::resolve).orElse(null));
        return answer(() -> signIns.signIn(request.email(), request.password(), request.partnership(), address));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange a refresh token for a new token pair",
            description = "The refresh token is used up; presenting it again ends all of the user's sessions.")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ApiResponse(responseCode = "401", description = "Unknown, expired or revoked refresh token")
    public SignInResponse refresh(@Body @Valid RefreshRequest request) {
        return answer(() -> signIns.refresh(request.refreshToken()));
    }

    /** A refusal (SignInRejected: 401, SignInThrottled: 429) goes to the one error handler. */
    private static SignInResponse answer(Supplier<SignedIn> work) {
        return MeMapper.response(work.get());
    }
}
