package uk.reviewhub.mail.api;

import uk.reviewhub.api.mail.MailApi;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.mail.OutboxMessageView;
import uk.reviewhub.mail.domain.MailHistory;
import uk.reviewhub.mail.domain.OutboxEntry;

import java.util.List;

/** The partnership's outbox: every message sent or held, newest first, for its admins and business support. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.BUSINESS_SUPPORT})
@Tag(name = "Mail")
class OutboxController implements MailApi {

    private static final int LIMIT = 200;

    private final MailHistory outbox;

    OutboxController(MailHistory outbox) {
        this.outbox = outbox;
    }

    @Override
    @Operation(summary = "The partnership's latest 200 messages, newest first, with their delivery status")
    public List<OutboxMessageView> outbox() {
        return outbox.outbox(LIMIT).stream().map(OutboxController::view).toList();
    }

    /** The API's words for a kept message, the partnership's or the platform's. */
    static OutboxMessageView view(OutboxEntry m) {
        return new OutboxMessageView(m.id(), m.noticeKind(), m.recipients(), m.subject(), m.bodyText(), m.status(), m.transport(),
                m.failure(), m.createdAt(), m.sentAt());
    }
}
