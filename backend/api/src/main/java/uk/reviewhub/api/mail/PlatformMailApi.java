package uk.reviewhub.api.mail;

import io.micronaut.http.annotation.Get;

import java.util.List;

/**
 * The platform's own outbox, for platform admins: the mail sent for no partnership (a registration's
 * confirmation and set-up links, its outcome), kept there when no mail server is configured. No
 * partnership's mail, so no case data; a partnership's own mail is in its outbox ({@link MailApi}).
 */
public interface PlatformMailApi {

    String PLATFORM_OUTBOX = "/api/platform/outbox";

    /** The newest 200 messages, newest first. */
    @Get(PLATFORM_OUTBOX)
    List<OutboxMessageView> platformOutbox();
}
