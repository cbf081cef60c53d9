package uk.reviewhub.ui.mail;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.mail.MailApi;
import uk.reviewhub.api.mail.RemindersApi;
import uk.reviewhub.ui.backend.BackendCall;

/** The partnership's outbox and its reminders and notices, as the signed-in user. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface MailClient extends MailApi, RemindersApi {
}
