package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.ScrutinyMethod;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A piece of scrutiny as commissioned, before it is stored. */
public record NewPiece(String title, String scope, List<String> questions, List<ScrutinyMethod> methodology,
                       String commissionedBy, LocalDate commissionedOn, UUID leadId, List<UUID> teamIds,
                       LocalDate agreedReportBy) {
}
