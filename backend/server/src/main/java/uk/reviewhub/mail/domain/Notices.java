package uk.reviewhub.mail.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.document.domain.TemplateEngine;

import java.util.List;
import java.util.Map;

/**
 * Sends the notices of the meetings feature (item deadline, agenda published, minutes circulated,
 * action due) through the {@link Mailer}, so each is recorded in the outbox and, with SMTP
 * configured, sent. Call with the partnership's tenant bound.
 */
@Singleton
public class Notices {

    private final Mailer mailer;
    private final TemplateEngine engine = new TemplateEngine();

    Notices(Mailer mailer) {
        this.mailer = mailer;
    }

    /** Renders {@code kind} with {@code data} (plain values, as for documents) and sends it to {@code to}. */
    public SentMail send(NoticeKind kind, List<String> to, Map<String, ?> data) {
        String subject = engine.renderText(kind.subjectTemplate(), data).replaceAll("[\\r\\n]+", " ").strip();
        String body = engine.renderText(kind.bodyTemplate(), data).replaceAll("\\n{3,}", "\n\n").strip() + "\n";
        return mailer.send(new MailMessage(to, subject, body, null, kind.name()));
    }
}
