package uk.reviewhub.scrutiny.domain;

import uk.reviewhub.api.vocabulary.ScrutinyMethod;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A piece of scrutiny as stored. */
public record Piece(UUID id, String title, String scope, List<String> questions, List<ScrutinyMethod> methodology,
                    String commissionedBy, LocalDate commissionedOn, Person lead, List<Person> team,
                    LocalDate agreedReportBy, ScrutinyStatus status, LocalDate reportedOn, int version) {

    /** Whether {@code userId} leads the piece or is on its team. */
    public boolean worksOn(UUID userId) {
        return lead.id().equals(userId) || team.stream().anyMatch(p -> p.id().equals(userId));
    }
}
