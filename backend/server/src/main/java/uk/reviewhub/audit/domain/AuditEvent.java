package uk.reviewhub.audit.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the audit log: who did what to which record, and when; {@code detail} is JSON text or null. */
public record AuditEvent(UUID id, OffsetDateTime occurredAt, UUID userId, String action, String entity, UUID entityId, String detail) {
}
