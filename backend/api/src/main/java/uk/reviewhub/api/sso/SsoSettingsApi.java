package uk.reviewhub.api.sso;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

/** The partnership's single sign-on settings, for its admins: read, and set up or change. */
public interface SsoSettingsApi {

    @Get(ApiPaths.SSO_SETTINGS)
    SsoSettingsView ssoSettings();

    @Put(ApiPaths.SSO_SETTINGS)
    SsoSettingsView saveSsoSettings(@Body @Valid SsoSettingsRequest request);
}
