package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.EpisodeEvent;

import java.time.LocalDate;

/** A dated event of an episode; {@code reason} for an end; {@code version}: the episode's version read. */
@Serdeable
public record EpisodeEventRequest(
        @NotNull EpisodeEvent event,
        @NotNull @DateWindow(yearsBack = 18) LocalDate on,
        @Nullable @Size(max = 2000) String reason,
        @Nullable Integer version) {
}
