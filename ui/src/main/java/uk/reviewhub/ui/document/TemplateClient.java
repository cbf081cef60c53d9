package uk.reviewhub.ui.document;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.document.TemplatesApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The partnership's document templates, as the signed-in admin. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface TemplateClient extends TemplatesApi {
}
