package uk.reviewhub.actionplan.domain;

import uk.reviewhub.api.actionplan.Rag;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action of the Composite Action Plan as stored, with what the CAP shows beside it: its source
 * (REVIEW: its case, review and perhaps recommendation; SCRUTINY: the piece of scrutiny) and agency.
 */
public record CapAction(UUID id, UUID caseId, String laCaseReference, UUID reviewId, String reviewType, UUID recommendationId,
                        Integer recommendationNumber, UUID agencyId, String agencyName, String owner, String description,
                        LocalDate dueOn, int progressPercent, Rag ragOverride, String ragOverrideReason, UUID ragOverrideBy,
                        String evidenceNotes, LocalDate completedOn, LocalDate handedToMonitoringOn, LocalDate createdOn,
                        int version, String source, UUID scrutinyPieceId, String scrutinyPieceTitle) {
}
