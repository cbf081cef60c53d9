package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.ReviewKind;

import java.time.LocalDate;
import java.util.UUID;

/** The safeguarding partners' decision on a case, its rationale and who decided. */
public record Decision(UUID id, ReviewKind decision, String rationale, String decidedBy, LocalDate decidedOn, int version) {

    /** This decision as the one with {@code id} at {@code version}. */
    public Decision as(UUID id, int version) {
        return new Decision(id, decision, rationale, decidedBy, decidedOn, version);
    }
}
