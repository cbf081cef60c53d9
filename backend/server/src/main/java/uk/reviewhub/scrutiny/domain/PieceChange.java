package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.ScrutinyMethod;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A piece's commission as changed after it was recorded, over the {@code version} read. */
public record PieceChange(String title, String scope, List<String> questions, List<ScrutinyMethod> methodology, UUID leadId,
                          List<UUID> teamIds, LocalDate agreedReportBy, int version) {
}
