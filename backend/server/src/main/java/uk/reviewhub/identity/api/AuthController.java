package uk.reviewhub.identity.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.access.SignOut;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.RefreshRequest;
import uk.reviewhub.api.auth.SignInRequest;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.identity.domain.SignedIn;
import uk.reviewhub.security.CurrentUser;

import java.util.function.Supplier;

/** Sign-in, token refresh and sign-out. Sign-in and refresh are the only anonymous API calls. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class AuthController {

    private final SignInService signIns;
    private final HttpClientAddressResolver addressResolver;
    private final SignOut signOut;

    AuthController(SignInService signIns, HttpClientAddressResolver addressResolver, SignOut signOut) {
        this.signIns = signIns;
        this.addressResolver = addressResolver;
        this.signOut = signOut;
    }

    @Post(ApiPaths.SIGN_IN)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign in with email and password",
            description = "Answers a short-lived access token (JWT) and a single-use refresh token.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "401", description = "Wrong email or password (the answer does not say which)")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    SignInResponse signIn(@Body @Valid SignInRequest request, HttpRequest<?> httpRequest) {
        String address = String.valueOf(addressResolver.resolve(httpRequest));
        return answer(() -> signIns.signIn(request.email(), request.password(), request.partnership(), address));
    }

    @Post(ApiPaths.REFRESH)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange a refresh token for a new token pair",
            description = "The refresh token is used up; presenting it again ends all of the user's sessions.")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ApiResponse(responseCode = "401", description = "Unknown, expired or revoked refresh token")
    SignInResponse refresh(@Body @Valid RefreshRequest request) {
        return answer(() -> signIns.refresh(request.refreshToken()));
    }

    @Post(ApiPaths.SIGN_OUT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: revoke the given refresh token and the access token the request carries")
    @ApiResponse(responseCode = "204", description = "Signed out")
    void signOut(@Body @Valid RefreshRequest request, Authentication authentication) {
        signIns.signOut(CurrentUser.of(authentication).userId(), request.refreshToken());
        signOut.revokeAccessToken(authentication);
    }

    /** A refusal (SignInRejected: 401, SignInThrottled: 429) goes to the one error handler. */
    private static SignInResponse answer(Supplier<SignedIn> work) {
        return MeMapper.response(work.get());
    }
}
