package uk.reviewhub.conference.domain;

import uk.reviewhub.api.vocabulary.EmployerSector;
import uk.reviewhub.api.vocabulary.LadoOutcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An allegation of the LADO log ({@code lado_allegation}, V34): the person by employer sector and
 * role only, the referral, the strategy meeting and its chair, the outcome (null while open).
 */
public record Allegation(UUID id, String reference, LocalDate knownOn, LocalDate referredOn, EmployerSector employerSector,
                         String personRole, LocalDate meetingOn, UUID chairId, String chairName, LadoOutcome outcome,
                         LocalDate decidedOn, int version) {

    public boolean open() {
        return outcome == null;
    }

    /** What may be changed: the details of a referral, before or after its meeting. */
    public record Details(String reference, LocalDate knownOn, LocalDate referredOn, EmployerSector employerSector,
                          String personRole, LocalDate meetingOn, UUID chairId) {
    }
}
