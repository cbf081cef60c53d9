package uk.reviewhub.ui.identity;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.sso.SsoSignInApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The public calls of signing in through a partnership's organisation, made by someone not signed in (no access token). */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
@BackendCall.Anonymous
public interface SsoSignInClient extends SsoSignInApi {
}
