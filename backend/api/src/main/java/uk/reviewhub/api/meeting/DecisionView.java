package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One decision in the group's decisions register, from the current minutes of a meeting:
 * {@code minutesStatus} DRAFT or APPROVED, so a register reader sees which decisions are confirmed.
 */
@Serdeable
public record DecisionView(UUID meetingId, LocalDate meetingDate, String meetingTitle, int minutesNumber,
                           String minutesStatus, @Nullable UUID agendaItemId, String heading, String decision) {
}
