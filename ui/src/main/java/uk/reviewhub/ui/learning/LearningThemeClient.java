package uk.reviewhub.ui.learning;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.learning.LearningThemesApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The learning themes API, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface LearningThemeClient extends LearningThemesApi {
}
