package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A step due on a case, for the dashboard. */
@Serdeable
public record DueItem(
        UUID caseId,
        String laCaseReference,
        String step,
        LocalDate dueOn,
        String status,
        String statusLabel) {
}
