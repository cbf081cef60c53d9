package uk.reviewhub.api.scrutiny;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import uk.reviewhub.api.vocabulary.ScrutinyStatus;

import java.time.LocalDate;

/**
 * Move a piece on: one step forward (commissioned, in progress, reporting, complete) or withdrawn.
 * {@code reportedOn}: the day the report went to the statutory partners (for COMPLETE only).
 * {@code version}: the piece's version as read (a stale one is refused, 409).
 */
@Serdeable
public record StatusRequest(@NotNull ScrutinyStatus status, @Nullable @DateWindow LocalDate reportedOn, @NotNull Integer version) {
}
