package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import uk.reviewhub.api.vocabulary.ConferenceKind;

import java.time.LocalDate;

/**
 * Schedule a conference or review. An initial conference after one that was not quorate
 * reconvenes it. {@code earlyAtIroRequest}: a looked-after review brought forward because the
 * reviewing officer asked.
 */
@Serdeable
public record ConferenceRequest(@NotNull ConferenceKind kind, @NotNull @DateWindow LocalDate plannedOn, boolean earlyAtIroRequest) {
}
