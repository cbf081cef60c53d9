package uk.reviewhub.ui.safeguarding;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.conference.IssueResolutionApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The Issue Resolution Process and its escalation register as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface IssueClient extends IssueResolutionApi {
}
