package uk.reviewhub.api.casereview;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The rapid review of a SIN: meeting, facts, actions, learning, recommendation, and its exchange with the National Panel. */
@Serdeable
public record RapidReviewRequest(
        @Nullable @DateWindow(yearsBack = 20) LocalDate meetingOn,
        @Nullable @Size(max = 50) List<@NotNull @Size(max = 100) String> agenciesInvolved,
        @Nullable @Size(max = 20000) String facts,
        @Nullable @Size(max = 20000) String immediateActions,
        @Nullable @Size(max = 20000) String learning,
        @Nullable ReviewKind recommendation,
        @Nullable @DateWindow(yearsBack = 20) LocalDate sentToPanelOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate panelResponseOn,
        @Nullable @Size(max = 20000) String panelResponseSummary,
        @Nullable Integer version) {
}
