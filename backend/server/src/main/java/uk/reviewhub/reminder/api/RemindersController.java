package uk.reviewhub.reminder.api;

import uk.reviewhub.api.mail.RemindersApi;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.mail.NoticeLogView;
import uk.reviewhub.mail.domain.MailHistory;
import uk.reviewhub.mail.domain.NoticeLogEntry;

import java.util.List;

/** The partnership's reminders and notices: what was sent, held, failed or is being sent, for its admins. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNERSHIP_ADMIN)
@Tag(name = "Mail")
class RemindersController implements RemindersApi {

    private static final int LIMIT = 500;

    private final MailHistory log;

    RemindersController(MailHistory log) {
        this.log = log;
    }

    @Override
    @Operation(summary = "The partnership's latest 500 reminders and notices, newest first, each with its status and attempts")
    public List<NoticeLogView> reminders() {
        return log.notices(LIMIT).stream().map(RemindersController::view).toList();
    }

    private static NoticeLogView view(NoticeLogEntry n) {
        return new NoticeLogView(n.key(), n.kind(), n.recipient(), n.status(), n.attempts(), n.subject(), n.failure(), n.createdAt(),
                n.sentAt());
    }
}
