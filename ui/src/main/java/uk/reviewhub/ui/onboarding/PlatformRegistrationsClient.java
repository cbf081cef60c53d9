package uk.reviewhub.ui.onboarding;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.onboarding.PlatformRegistrationsApi;
import uk.reviewhub.ui.backend.BackendCall;

/** Requests for new partnerships, as the signed-in platform admin. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface PlatformRegistrationsClient extends PlatformRegistrationsApi {
}
