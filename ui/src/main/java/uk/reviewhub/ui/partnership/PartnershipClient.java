package uk.reviewhub.ui.partnership;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.partnership.PartnershipApi;
import uk.reviewhub.api.partnership.TermsOfReferenceApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The partnership, its groups and their terms of reference, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface PartnershipClient extends PartnershipApi, TermsOfReferenceApi {
}
