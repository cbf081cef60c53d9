package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import uk.reviewhub.api.vocabulary.EpisodeKind;

import java.time.LocalDate;

/**
 * Open an episode: {@code startedOn} is the strategy discussion (child protection; the last one if
 * there were several) or the day the child became looked after.
 */
@Serdeable
public record EpisodeRequest(@NotNull EpisodeKind kind, @NotNull @DateWindow(yearsBack = 18) LocalDate startedOn) {
}
