package uk.reviewhub.api.auth;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

/** The two anonymous calls: sign in with email and password, and exchange a refresh token for a new pair. */
public interface AuthApi {

    @Post(ApiPaths.SIGN_IN)
    SignInResponse signIn(@Body @Valid SignInRequest request);

    @Post(ApiPaths.REFRESH)
    SignInResponse refresh(@Body @Valid RefreshRequest request);
}
