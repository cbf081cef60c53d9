package uk.reviewhub.ui.onboarding;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.onboarding.OnboardingApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The public onboarding calls (register, confirm, set up): no one is signed in yet, so no token is sent. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
@BackendCall.Anonymous
public interface RegistrationClient extends OnboardingApi {
}
