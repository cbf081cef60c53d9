package uk.reviewhub.ui.mail;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.mail.PlatformMailApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The platform's outbox, as the signed-in platform admin. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface PlatformMailClient extends PlatformMailApi {
}
