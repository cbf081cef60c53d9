package uk.reviewhub.mail.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.document.domain.TemplateEngine;
import uk.reviewhub.mail.persistence.NoticeLogStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sends the notices of the meetings feature (item deadline, agenda published, minutes circulated,
 * action due, terms of reference review) through the {@link Mailer}, so each is recorded in the
 * outbox and, with SMTP configured, sent. Call with the partnership's tenant bound.
 *
 * <p>{@link #sendOnce} sends a notice at most once per key, whatever the number of replicas or
 * runs: it first claims the key in {@code notice_log} (an insert that only one caller can win,
 * committed before anything is sent), then sends, then records SENT, HELD or FAILED. A FAILED
 * notice is claimed and sent again by a later call (up to {@code reviewhub.reminders.max-attempts}
 * tries); a claim left PENDING by a sender that died is taken over after
 * {@code reviewhub.reminders.claim-timeout}. So a mail server that is down loses nothing, and two
 * replicas never both send; the one case that can send twice is a process dying after the server
 * took the message and before the SENT was written (at-least-once there, by choice: a lost
 * reminder is worse than a repeated one).
 */
@Singleton
public class Notices {
    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);
    private static final int MAX_FAILURE = 500;

    /** What {@link #sendOnce} did. */
    public enum Outcome {
        /** Sent (or kept in the outbox) now. */
        SENT,
        /** Tried now and failed; a later call tries again. */
        FAILED,
        /** Not sent now: already sent, being sent by someone else, or out of attempts. */
        SKIPPED
    }

    private final Mailer mailer;
    private final NoticeLogStore log;
    private final Clock clock;
    private final int maxAttempts;
    private final Duration claimTimeout;
    private final TemplateEngine engine = new TemplateEngine();

    Notices(Mailer mailer, NoticeLogStore log, Clock clock,
            @Value("${reviewhub.reminders.max-attempts:5}") int maxAttempts,
            @Value("${reviewhub.reminders.claim-timeout:10m}") Duration claimTimeout) {
        this.mailer = mailer;
        this.log = log;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.claimTimeout = claimTimeout;
    }

    /** A notice whose last attempt FAILED and that {@link #sendOnce} would still try again. */
    public record Failed(String key, NoticeKind kind, String recipient, @Nullable UUID userId, int attempts) {
    }

    /** The bound partnership's notices of {@code kinds} that FAILED and have attempts left, oldest first. */
    public List<Failed> retryable(Set<NoticeKind> kinds) {
        return log.failed(kinds.stream().map(Enum::name).sorted().toList(), maxAttempts).stream()
                .map(r -> new Failed(r.key(), NoticeKind.valueOf(r.kind()), r.recipient(), r.userId(), r.attempts()))
                .toList();
    }

    /** Renders {@code kind} with {@code data} (plain values, as for documents) and sends it to {@code to}. */
    public SentMail send(NoticeKind kind, List<String> to, Map<String, ?> data) {
        return mailer.send(message(kind, to, data));
    }

    /**
     * Sends {@code kind} to one recipient unless the notice {@code key} was already sent: see the
     * class comment. Never throws for a delivery or rendering failure (the log says FAILED).
     */
    public Outcome sendOnce(String key, NoticeKind kind, String recipient, @Nullable UUID userId, Map<String, ?> data) {
        Instant now = clock.instant();
        boolean claimed = log.claimNew(key, kind.name(), recipient, userId, now)
                || log.claimRetry(key, now, now.minus(claimTimeout), maxAttempts);
        if (!claimed) {
            return Outcome.SKIPPED;
        }
        String subject = null;
        try {
            MailMessage message = message(kind, List.of(recipient), data);
            subject = message.subject();
            SentMail sent = mailer.send(message);
            if (sent.status() == MailStatus.FAILED) {
                log.finish(key, MailStatus.FAILED.name(), subject, sent.id(), sent.failure(), null);
                return Outcome.FAILED;
            }
            log.finish(key, sent.status().name(), subject, sent.id(), null, clock.instant());
            return Outcome.SENT;
        } catch (RuntimeException e) {
            String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            failure = failure.length() > MAX_FAILURE ? failure.substring(0, MAX_FAILURE) : failure;
            LOG.warn("Notice {} was not sent: {}", key, failure);
            log.finish(key, MailStatus.FAILED.name(), subject, null, failure, null);
            return Outcome.FAILED;
        }
    }

    private MailMessage message(NoticeKind kind, List<String> to, Map<String, ?> data) {
        String subject = engine.renderText(kind.subjectTemplate(), data).replaceAll("[\\r\\n]+", " ").strip();
        String body = engine.renderText(kind.bodyTemplate(), data).replaceAll("\\n{3,}", "\n\n").strip() + "\n";
        return new MailMessage(to, subject, body, null, kind.name());
    }
}
