package uk.reviewhub.mail.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.mail.persistence.NoticeLogStore;
import uk.reviewhub.mail.persistence.OutboxStore;

import java.util.List;

/** What was mailed: the outbox's messages and the notice log, newest first, for the controllers. */
@Singleton
public class MailHistory {

    private final OutboxStore outbox;
    private final NoticeLogStore notices;

    MailHistory(OutboxStore outbox, NoticeLogStore notices) {
        this.outbox = outbox;
        this.notices = notices;
    }

    public List<OutboxEntry> outbox(int limit) {
        return outbox.latest(limit);
    }

    /** The platform's own messages (sent for no partnership), newest first. */
    public List<OutboxEntry> platformOutbox(int limit) {
        return outbox.platformLatest(limit);
    }

    public List<NoticeLogEntry> notices(int limit) {
        return notices.latest(limit);
    }
}
