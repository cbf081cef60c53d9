package uk.reviewhub.api.auth;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

/** The signed-in session: who the access token speaks for, switching partnership, and signing out (revokes the refresh token given and the access token). */
public interface SessionApi {

    @Get(ApiPaths.ME)
    Me me();

    @Post(ApiPaths.SIGN_OUT)
    void signOut(@Body @Valid RefreshRequest request);

    /** Work in another of the person's partnerships: new tokens carrying it; the refresh token given and the access token end. */
    @Post(ApiPaths.SWITCH_PARTNERSHIP)
    SignInResponse switchPartnership(@Body @Valid SwitchPartnershipRequest request);
}
