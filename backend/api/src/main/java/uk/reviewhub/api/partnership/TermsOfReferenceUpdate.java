package uk.reviewhub.api.partnership;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A new version of a group's terms of reference, written over {@code version} (the version the
 * editor read; if another edit came first the answer is 409).
 */
@Serdeable
public record TermsOfReferenceUpdate(
        int version,
        @NotBlank String purpose,
        @NotNull List<String> functions,
        @Nullable String reportingLine,
        @NotNull TermsOfReferenceView.Cadence cadence,
        @NotNull TermsOfReferenceView.Quorum quorum,
        @NotNull List<TermsOfReferenceView.Deadline> deadlines,
        @NotNull List<TermsOfReferenceView.PerformanceMeasure> performanceMeasures,
        @NotNull List<String> links,
        @Nullable @DateWindow(yearsBack = 30) LocalDate lastReviewedOn,
        @Nullable @DateWindow(yearsBack = 30) LocalDate reviewDueOn) {

    /** An empty list may arrive absent (a client that leaves empty values out, as Micronaut's serde does by default). */
    public TermsOfReferenceUpdate {
        functions = functions == null ? List.of() : functions;
        deadlines = deadlines == null ? List.of() : deadlines;
        performanceMeasures = performanceMeasures == null ? List.of() : performanceMeasures;
        links = links == null ? List.of() : links;
    }
}
