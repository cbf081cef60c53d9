package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** A SMART action of a looked-after review; {@code status} in words: open, overdue, done, done late. */
@Serdeable
public record ActionView(UUID id, UUID conferenceId, String description, String owner, LocalDate dueOn,
                         @Nullable LocalDate completedOn, String status, int version) {
}
