package uk.reviewhub.api.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A reminder or notice the partnership's Review Hub sent (or tried to) to one recipient, at most
 * once per {@code key} (e.g. {@code ITEM_DEADLINE:<meeting>:<deadline>:<user>}). {@code status}:
 * PENDING (being sent), SENT, HELD (kept in the outbox: no mail server configured) or FAILED (with
 * {@code failure}; retried by later runs while the reminder is still due). {@code attempts} counts
 * the tries.
 */
@Serdeable
public record NoticeLogView(
        String key,
        String noticeKind,
        String recipient,
        String status,
        int attempts,
        @Nullable String subject,
        @Nullable String failure,
        Instant createdAt,
        @Nullable Instant sentAt) {
}
