package uk.reviewhub.ui.national;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.national.ComparatorsApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The partnership's national comparators, as the signed-in user (read by its people, set by its admins). */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface ComparatorsClient extends ComparatorsApi {
}
