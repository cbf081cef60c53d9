package uk.reviewhub.ui.invitation;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.invitation.InvitationsApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The partnership's invitations, as the signed-in admin. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface InvitationsClient extends InvitationsApi {
}
