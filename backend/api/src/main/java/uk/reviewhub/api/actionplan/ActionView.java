package uk.reviewhub.api.actionplan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action on the Composite Action Plan. {@code rag} is the status shown: the override when there is one, else {@code computedRag}.
 * {@code source} is REVIEW or RECOMMENDATION (a review's: the case and review are given), or SCRUTINY (a piece of
 * independent scrutiny's: {@code scrutinyPieceId} and its title are given, no case). {@code mayReport}: whether the reader may record its progress, evidence,
 * completion and hand-off (the owning agency's members, the chair or vice chair, business support).
 */
@Serdeable
public record ActionView(
        UUID id,
        @Nullable UUID caseId,
        @Nullable String laCaseReference,
        @Nullable UUID reviewId,
        @Nullable String reviewType,
        @Nullable UUID recommendationId,
        @Nullable Integer recommendationNumber,
        String source,
        UUID agencyId,
        String agencyName,
        String owner,
        String description,
        LocalDate dueOn,
        int progressPercent,
        Rag rag,
        String ragLabel,
        Rag computedRag,
        @Nullable Rag ragOverride,
        @Nullable String ragOverrideReason,
        @Nullable UUID ragOverrideBy,
        @Nullable String evidenceNotes,
        @Nullable LocalDate completedOn,
        @Nullable LocalDate handedToMonitoringOn,
        boolean overdue,
        int version,
        boolean mayReport,
        @Nullable UUID scrutinyPieceId,
        @Nullable String scrutinyPieceTitle) {
}
