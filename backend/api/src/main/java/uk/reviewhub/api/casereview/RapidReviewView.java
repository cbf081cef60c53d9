package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case's rapid review. */
@Serdeable
public record RapidReviewView(
        UUID id,
        @Nullable LocalDate meetingOn,
        List<String> agenciesInvolved,
        @Nullable String facts,
        @Nullable String immediateActions,
        @Nullable String learning,
        @Nullable ReviewKind recommendation,
        @Nullable LocalDate sentToPanelOn,
        @Nullable LocalDate panelResponseOn,
        @Nullable String panelResponseSummary,
        int version) {
}
