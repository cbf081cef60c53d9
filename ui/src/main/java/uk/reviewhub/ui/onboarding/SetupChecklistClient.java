package uk.reviewhub.ui.onboarding;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.onboarding.SetupChecklistApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The set-up checklist, as the signed-in partnership admin. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface SetupChecklistClient extends SetupChecklistApi {
}
