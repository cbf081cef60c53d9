package uk.reviewhub.ui.scrutiny;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.scrutiny.ScrutinyApi;
import uk.reviewhub.ui.backend.BackendCall;

/** Independent scrutiny, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface ScrutinyClient extends ScrutinyApi {
}
