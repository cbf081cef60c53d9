package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import uk.reviewhub.api.vocabulary.LadoOutcome;

import java.time.LocalDate;

/**
 * The outcome of an allegation, the chair's: substantiated, unsubstantiated, false, malicious or
 * unfounded, decided on a day from the strategy meeting to today. Recorded once: it closes the
 * allegation. {@code version}: the allegation's version read (409 when stale).
 */
@Serdeable
public record AllegationOutcomeRequest(@NotNull LadoOutcome outcome, @NotNull @DateWindow LocalDate decidedOn, @Nullable Integer version) {
}
