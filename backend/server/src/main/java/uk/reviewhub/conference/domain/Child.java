package uk.reviewhub.conference.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A child of the service, minimally (no name): see {@code cp_child} in V18. {@code chairId}: null until allocated. */
public record Child(UUID id, String caseReference, String initials, LocalDate bornOn, LocalDate expectedOn,
                    String borough, UUID siblingGroup, UUID chairId, String chairName, int version) {

    /** Unborn: an expected date of birth and no date of birth. */
    public boolean unborn() {
        return bornOn == null;
    }
}
