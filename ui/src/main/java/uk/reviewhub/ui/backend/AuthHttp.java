package uk.reviewhub.ui.backend;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.auth.AuthApi;

/** Sign-in and refresh, the two calls made without an access token. */
@Client(id = "backend")
@BackendCall
@BackendCall.Anonymous
interface AuthHttp extends AuthApi {
}
