package uk.reviewhub.api.auth;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

/** The signed-in session: who the access token speaks for, and signing out (revokes the refresh token given and the access token). */
public interface SessionApi {

    @Get(ApiPaths.ME)
    Me me();

    @Post(ApiPaths.SIGN_OUT)
    void signOut(@Body @Valid RefreshRequest request);
}
