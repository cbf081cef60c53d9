package uk.reviewhub.conference.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An action agreed at an allegation's strategy meeting ({@code lado_action}, V34): what, who, by when, when done. */
public record AllegationAction(UUID id, UUID allegationId, String description, String owner, LocalDate dueOn, LocalDate doneOn,
                               int version) {

    /** In words on {@code today}: Open, Overdue, Done or Done late. */
    public String status(LocalDate today) {
        return new ReviewAction(id, allegationId, description, owner, dueOn, doneOn, version).status(today);
    }
}
