package uk.reviewhub.meeting.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action from a meeting: {@code status} OPEN, COMPLETED or CANCELLED; {@code rag} its
 * {@link ActionRag.Rag} read today, with its words in {@code ragLabel}.
 */
public record MeetingAction(UUID id, UUID meetingId, UUID agendaItemId, String description, String owner, UUID agencyId,
                            String agencyName, LocalDate dueDate, String status, LocalDate completedOn, String rag,
                            String ragLabel, int version) {

    /** An action to record: who owns it, for which agency, by when. */
    public record New(String description, String owner, UUID agencyId, LocalDate dueDate, UUID agendaItemId) {
    }
}
