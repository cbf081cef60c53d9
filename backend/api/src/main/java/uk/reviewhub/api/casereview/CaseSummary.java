package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A row of the case list: the case and its most pressing open clock (null when none is open). */
@Serdeable
public record CaseSummary(
        UUID id,
        String laCaseReference,
        String childIdentifier,
        CaseOrigin origin,
        Nature nature,
        CaseStage stage,
        LocalDate awareOn,
        @Nullable TimelineStep nextStep,
        int version) {
}
