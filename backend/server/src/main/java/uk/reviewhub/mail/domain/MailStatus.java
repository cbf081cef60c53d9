package uk.reviewhub.mail.domain;

/** Where a message is: HELD in the outbox (no mail server configured), PENDING, SENT or FAILED. */
public enum MailStatus {
    HELD, PENDING, SENT, FAILED
}
