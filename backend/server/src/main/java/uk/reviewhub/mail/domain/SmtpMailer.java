package uk.reviewhub.mail.domain;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.mail.persistence.OutboxStore;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * Sends through an SMTP server with Jakarta Mail (Eclipse Angus). The message is recorded PENDING
 * first, then SENT or FAILED with the reason, so the outbox shows every attempt.
 */
final class SmtpMailer implements Mailer {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final int MAX_FAILURE = 500;

    private final OutboxStore outbox;
    private final MailSettings settings;
    private final Clock clock;
    private final Session session;

    SmtpMailer(OutboxStore outbox, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.host());
        props.put("mail.smtp.port", String.valueOf(settings.portOrDefault()));
        props.put("mail.smtp.auth", String.valueOf(settings.authenticated()));
        boolean starttls = Boolean.TRUE.equals(settings.starttls());
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        this.session = Session.getInstance(props);
    }

    @Override
    public SentMail send(MailMessage message) {
        UUID id = outbox.record(message, OutboxStore.SMTP, MailStatus.PENDING);
        try {
            Transport.send(mime(message), settings.authenticated() ? settings.username() : null,
                    settings.authenticated() ? settings.password() : null);
            outbox.sent(id, clock.instant());
            return new SentMail(id, MailStatus.SENT, null);
        } catch (MessagingException | RuntimeException e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            failure = failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE) : failure;
            LOG.warn("Mail {} to {} recipient(s) was not sent: {}", id, message.to().size(), failure);
            outbox.failed(id, failure);
            return new SentMail(id, MailStatus.FAILED, failure);
        }
    }

    private MimeMessage mime(MailMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.fromOrDefault(), true));
        for (String to : message.to()) {
            mime.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        if (message.html() == null) {
            mime.setText(message.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
            MimeMultipart alternative = new MimeMultipart("alternative", text, html);
            mime.setContent(alternative);
        }
        mime.saveChanges();
        return mime;
    }
}
