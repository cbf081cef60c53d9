package uk.reviewhub.api.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A page of the audit log, newest first. */
@Serdeable
public record AuditPage(
        List<AuditEventView> items,
        int page,
        int size,
        long total) {
}
