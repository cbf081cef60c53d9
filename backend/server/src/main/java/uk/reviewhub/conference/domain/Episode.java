package uk.reviewhub.conference.domain;

import uk.reviewhub.api.vocabulary.EpisodeKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child protection episode (from the strategy discussion; a plan from the initial conference
 * that made one, until the review that ends it) or a looked-after episode (from the day the child
 * became looked after).
 */
public record Episode(UUID id, UUID childId, EpisodeKind kind, LocalDate startedOn, boolean preBirth, LocalDate planStartedOn,
                      LocalDate firstCoreGroupOn, LocalDate iroAllocatedOn, LocalDate panelCheckedOn, LocalDate endedOn,
                      String endReason, int version) {

    public boolean open() {
        return endedOn == null;
    }
}
