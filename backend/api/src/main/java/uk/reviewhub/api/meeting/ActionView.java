package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** An action from a meeting, in the group's action log; {@code status} OPEN, COMPLETED or CANCELLED. */
@Serdeable
public record ActionView(UUID id, UUID meetingId, @Nullable UUID agendaItemId, String description, String owner,
                         UUID agencyId, String agencyName, LocalDate dueDate, String status,
                         @Nullable LocalDate completedOn, int version) {
}
