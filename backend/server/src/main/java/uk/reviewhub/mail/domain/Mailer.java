package uk.reviewhub.mail.domain;

/**
 * Sends mail for the bound partnership (call inside a request or {@code TenantContext.callAs}).
 * Every message is recorded in the partnership's outbox with its delivery status, whatever the
 * transport. Which implementation runs is configuration: SMTP when {@code reviewhub.mail.smtp.host}
 * is set ({@link SmtpMailer}), otherwise the outbox alone ({@link OutboxMailer}), the development
 * default. Sending never throws for a delivery failure: the status says FAILED.
 */
public interface Mailer {
    SentMail send(MailMessage message);
}
