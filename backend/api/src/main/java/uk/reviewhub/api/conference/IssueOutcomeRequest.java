package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.validation.DateWindow;
import uk.reviewhub.api.vocabulary.IssueOutcome;

import java.time.LocalDate;

/**
 * How an issue ended, the chair's: resolved, or closed without resolution, on a day from the day it
 * reached its stage to today, with a note (no names). Once: nothing is recorded after it.
 * {@code version}: the issue's version read (409 when stale).
 */
@Serdeable
public record IssueOutcomeRequest(
        @NotNull IssueOutcome outcome,
        @NotNull @DateWindow(yearsBack = 2, yearsAhead = 0) LocalDate on,
        @Nullable @Size(max = 2000) String note,
        @Nullable Boolean noNamesConfirmed,
        @Nullable Integer version) {
}
