package uk.reviewhub.api.sso;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.SignInResponse;

/** The public calls of signing in: which way, and signing in through the partnership's organisation. */
public interface SsoSignInApi {

    @Post(ApiPaths.SIGN_IN_METHOD)
    SignInMethodAnswer signInMethod(@Body @Valid SignInMethodRequest request);

    @Post(ApiPaths.SSO_START)
    SsoStarted startSso(@Body @Valid SignInMethodRequest request);

    @Post(ApiPaths.SSO_FINISH)
    SignInResponse finishSso(@Body @Valid SsoFinishRequest request);
}
