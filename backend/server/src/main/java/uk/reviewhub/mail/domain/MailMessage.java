package uk.reviewhub.mail.domain;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A message to send: plain text, optionally with an HTML alternative. {@code noticeKind} names the
 * notice it carries, if it is one (for the outbox). {@code secrets}: parts of the text only the
 * recipient may have (a single-use link): the copy kept of a message sent by SMTP withholds them;
 * the development outbox, which sends nothing and is itself the mailbox, keeps the text whole.
 */
public record MailMessage(List<String> to, String subject, String text, @Nullable String html, @Nullable String noticeKind,
                          List<String> secrets) {

    /** Withheld from the kept copy of a message sent by SMTP, in place of each secret. */
    public static final String WITHHELD = "[withheld: sent to the recipient only]";

    public MailMessage(List<String> to, String subject, String text, @Nullable String html, @Nullable String noticeKind) {
        this(to, subject, text, html, noticeKind, List.of());
    }

    /** The text with every secret withheld. */
    public String textWithoutSecrets() {
        String kept = text;
        for (String secret : secrets) {
            kept = kept.replace(secret, WITHHELD);
        }
        return kept;
    }

    public MailMessage {
        secrets = List.copyOf(secrets);
        if (html != null && !secrets.isEmpty()) {
            throw new IllegalArgumentException("A message with secrets is plain text only");
        }
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
