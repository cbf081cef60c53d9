package uk.reviewhub.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Who did what to which record, and when. {@code detail} is JSON text. */
@Serdeable
public record AuditEventView(
        UUID id,
        OffsetDateTime occurredAt,
        @Nullable UUID userId,
        String action,
        String entity,
        @Nullable UUID entityId,
        @Nullable String detail) {
}
