package uk.reviewhub.ui.sso;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.sso.SsoSettingsApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The partnership's single sign-on settings, as the signed-in admin. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface SsoSettingsClient extends SsoSettingsApi {
}
