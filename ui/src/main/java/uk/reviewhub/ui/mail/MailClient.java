package uk.reviewhub.ui.mail;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.mail.NoticeLogView;
import uk.reviewhub.api.mail.OutboxMessageView;
import uk.reviewhub.ui.backend.Backend;

import java.util.List;

/** The outbox and reminders API, as the signed-in user. */
@Singleton
public class MailClient {

    private final Backend backend;

    MailClient(Backend backend) {
        this.backend = backend;
    }

    /** The partnership's latest messages, newest first (partnership admins and business support). */
    public List<OutboxMessageView> outbox() {
        return backend.get(ApiPaths.OUTBOX, Argument.listOf(OutboxMessageView.class));
    }

    /** The partnership's reminders and notices, one per recipient, newest first (partnership admins). */
    public List<NoticeLogView> reminders() {
        return backend.get(ApiPaths.REMINDERS, Argument.listOf(NoticeLogView.class));
    }
}
