package uk.reviewhub.ui.backend;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.auth.SessionApi;

/** Who is signed in, and signing out. */
@Client(id = "backend")
@BackendCall
interface SessionHttp extends SessionApi {
}
