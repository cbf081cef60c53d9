package uk.reviewhub.mail.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message of the partnership's outbox as stored: sent or held, with its delivery status. */
public record OutboxEntry(UUID id, String noticeKind, List<String> recipients, String subject, String bodyText, String status,
                          String transport, String failure, Instant createdAt, Instant sentAt) {
}
