package uk.reviewhub.mail.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.mail.OutboxMessageView;
import uk.reviewhub.api.mail.PlatformMailApi;
import uk.reviewhub.mail.domain.MailHistory;

import java.util.List;

/** The platform's outbox: the mail sent for no partnership, newest first, for platform admins only. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PLATFORM_ADMIN)
@Tag(name = "Platform console")
class PlatformOutboxController implements PlatformMailApi {

    private static final int LIMIT = 200;

    private final MailHistory outbox;

    PlatformOutboxController(MailHistory outbox) {
        this.outbox = outbox;
    }

    @Override
    @Operation(summary = "The platform's latest 200 messages (registrations' links and outcomes), newest first, with their delivery status")
    public List<OutboxMessageView> platformOutbox() {
        return outbox.platformOutbox(LIMIT).stream().map(OutboxController::view).toList();
    }
}
