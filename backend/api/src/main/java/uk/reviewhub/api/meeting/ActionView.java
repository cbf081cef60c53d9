package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action from a meeting, in the group's action log; {@code status} OPEN, COMPLETED or CANCELLED.
 * {@code rag} RED (overdue), AMBER (due soon), GREEN (on track), COMPLETE or CANCELLED, with its
 * words in {@code ragLabel}, so status never depends on colour alone.
 */
@Serdeable
public record ActionView(UUID id, UUID meetingId, @Nullable UUID agendaItemId, String description, String owner,
                         UUID agencyId, String agencyName, LocalDate dueDate, String status,
                         @Nullable LocalDate completedOn, String rag, String ragLabel, int version) {
}
