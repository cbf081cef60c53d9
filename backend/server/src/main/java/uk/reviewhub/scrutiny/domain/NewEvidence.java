package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.EvidenceKind;

import java.time.LocalDate;

/** A focus group or staff or family feedback to record on a piece. */
public record NewEvidence(EvidenceKind kind, LocalDate gatheredOn, String title, String participants, Integer participantCount,
                          String summary, boolean noNamesConfirmed) {
}
