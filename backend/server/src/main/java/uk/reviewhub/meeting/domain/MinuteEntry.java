package uk.reviewhub.meeting.domain;

import java.util.List;
import java.util.UUID;

/** The minutes of one agenda item ({@code agendaItemId} null for other business): notes and decisions. */
public record MinuteEntry(UUID id, UUID agendaItemId, String heading, String notes, List<String> decisions) {

    /** An entry as written, to draft or amend minutes with. */
    public record Draft(UUID agendaItemId, String heading, String notes, List<String> decisions) {
    }
}
