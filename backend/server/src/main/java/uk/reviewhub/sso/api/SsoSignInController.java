package uk.reviewhub.sso.api;

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
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.api.sso.SignInMethodAnswer;
import uk.reviewhub.api.sso.SignInMethodRequest;
import uk.reviewhub.api.sso.SsoFinishRequest;
import uk.reviewhub.api.sso.SsoSignInApi;
import uk.reviewhub.api.sso.SsoStarted;
import uk.reviewhub.identity.api.MeMapper;
import uk.reviewhub.sso.domain.SsoSignIn;

/**
 * The public calls of signing in through a partnership's organisation (the person is not signed
 * in). Look-ups and starts are limited per client address (429); a state that matches nothing is
 * 404, one used or expired 422; an ID token that fails a check 401.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
class SsoSignInController implements SsoSignInApi {

    private final SsoSignIn signIn;
    private final HttpClientAddressResolver addressResolver;

    SsoSignInController(SsoSignIn signIn, HttpClientAddressResolver addressResolver) {
        this.signIn = signIn;
        this.addressResolver = addressResolver;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "How to sign in with this email: through the organisation when its domain's partnership uses single sign-on, "
            + "otherwise with a password; and whether a password is taken there too (answered from the domain alone)")
    public SignInMethodAnswer signInMethod(@Body @Valid SignInMethodRequest request) {
        SsoSignIn.Way way = signIn.method(request.email(), address());
        return new SignInMethodAnswer(way.method(), way.passwordSignIn());
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Begin signing in through the organisation: the provider's sign-in page for a new attempt (10 minutes, used once)")
    public SsoStarted startSso(@Body @Valid SignInMethodRequest request) {
        return new SsoStarted(signIn.start(request.email(), address()));
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Finish signing in through the organisation with the provider's code and the attempt's state: a token pair")
    public SignInResponse finishSso(@Body @Valid SsoFinishRequest request) {
        return MeMapper.response(signIn.finish(request.state(), request.code(), address()));
    }

    private String address() {
        return String.valueOf(ServerRequestContext.currentRequest().map(addressResolver::resolve).orElse(null));
    }
}
