package uk.reviewhub.mail.domain;

import uk.reviewhub.mail.persistence.OutboxStore;

/** The development default: messages are kept in the outbox (HELD) for the UI to show, not sent. */
final class OutboxMailer implements Mailer {

    private final OutboxStore outbox;

    OutboxMailer(OutboxStore outbox) {
        this.outbox = outbox;
    }

    @Override
    public SentMail send(MailMessage message) {
        return new SentMail(outbox.record(message, OutboxStore.OUTBOX, MailStatus.HELD), MailStatus.HELD, null);
    }
}
