package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The partners' decision on a case. */
@Serdeable
public record DecisionView(
        UUID id,
        ReviewKind decision,
        String rationale,
        String decidedBy,
        LocalDate decidedOn,
        int version) {
}
