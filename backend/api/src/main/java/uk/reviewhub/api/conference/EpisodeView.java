package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.api.vocabulary.EpisodeKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An episode with its conferences and its timeline: each step with its clock, every due date
 * following the actual date of the event before it, in the partnership's working days.
 */
@Serdeable
public record EpisodeView(
        UUID id,
        UUID childId,
        EpisodeKind kind,
        LocalDate startedOn,
        boolean preBirth,
        @Nullable LocalDate planStartedOn,
        @Nullable LocalDate firstCoreGroupOn,
        @Nullable LocalDate iroAllocatedOn,
        @Nullable LocalDate panelCheckedOn,
        @Nullable LocalDate endedOn,
        @Nullable String endReason,
        List<ConferenceSummary> conferences,
        List<TimelineStep> timeline,
        int version) {
}
