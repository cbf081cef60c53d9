package uk.reviewhub.ui.invitation;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.invitation.InvitationLinksApi;
import uk.reviewhub.ui.backend.BackendCall;

/** An invitation link's public calls, made by someone not signed in (no access token). */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
@BackendCall.Anonymous
public interface InvitationLinkClient extends InvitationLinksApi {
}
