package uk.reviewhub.mail.domain;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A message to send: plain text, optionally with an HTML alternative. {@code noticeKind} names the
 * notice it carries, if it is one (for the outbox).
 */
public record MailMessage(List<String> to, String subject, String text, @Nullable String html, @Nullable String noticeKind) {

    public MailMessage {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A message needs at least one recipient");
        }
        if (subject == null || subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A message needs a one-line subject");
        }
    }

    public static MailMessage text(List<String> to, String subject, String text) {
        return new MailMessage(to, subject, text, null, null);
    }
}
