package uk.reviewhub.meeting.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One decision in a group's decisions register, from the current minutes ({@code minutesStatus} DRAFT or APPROVED) of a meeting. */
public record RecordedDecision(UUID meetingId, LocalDate meetingDate, String meetingTitle, int minutesNumber,
                               String minutesStatus, UUID agendaItemId, String heading, String decision) {
}
