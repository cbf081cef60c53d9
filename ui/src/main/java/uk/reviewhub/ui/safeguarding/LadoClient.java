package uk.reviewhub.ui.safeguarding;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.conference.LadoApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The LADO log (allegations against people who work with children) as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface LadoClient extends LadoApi {
}
