package uk.reviewhub.conference.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A SMART action decided at a looked-after review: what, who, by when, and when done. */
public record ReviewAction(UUID id, UUID conferenceId, String description, String owner, LocalDate dueOn, LocalDate completedOn,
                           int version) {

    /** In words on {@code today}: Open, Overdue, Done or Done late. */
    public String status(LocalDate today) {
        if (completedOn != null) {
            return completedOn.isAfter(dueOn) ? "Done late" : "Done";
        }
        return today.isAfter(dueOn) ? "Overdue" : "Open";
    }
}
