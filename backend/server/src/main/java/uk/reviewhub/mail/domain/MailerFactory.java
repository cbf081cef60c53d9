package uk.reviewhub.mail.domain;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.mail.persistence.OutboxStore;

import java.time.Clock;

/** Chooses the {@link Mailer} from configuration: SMTP when a host is set, otherwise the outbox. */
@Factory
class MailerFactory {
    private static final Logger LOG = LoggerFactory.getLogger(MailerFactory.class);

    @Singleton
    Mailer mailer(OutboxStore outbox, MailSettings settings, Clock clock) {
        if (settings.smtpConfigured()) {
            LOG.info("Mail goes out through SMTP at {}:{}", settings.host(), settings.portOrDefault());
            return new SmtpMailer(outbox, settings, clock);
        }
        LOG.info("No SMTP host configured (reviewhub.mail.smtp.host): mail is kept in the outbox, not sent");
        return new OutboxMailer(outbox);
    }
}
