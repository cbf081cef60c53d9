package uk.reviewhub.api.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message the partnership's Review Hub sent or would have sent. {@code status}: HELD (kept in
 * the outbox: no mail server configured, the development default), PENDING, SENT or FAILED (with
 * {@code failure}). {@code transport}: OUTBOX or SMTP. {@code noticeKind} names the notice
 * (e.g. AGENDA_PUBLISHED) when the message is one.
 */
@Serdeable
public record OutboxMessageView(
        UUID id,
        @Nullable String noticeKind,
        List<String> to,
        String subject,
        String body,
        String status,
        String transport,
        @Nullable String failure,
        Instant createdAt,
        @Nullable Instant sentAt) {
}
