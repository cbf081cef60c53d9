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

/** A commissioned review: scope, method, reviewer, and its dates up to publication. */
@Serdeable
public record CommissionedReviewRequest(
        @NotNull ReviewKind reviewType,
        @Nullable @Size(max = 50) List<@NotNull @Size(max = 100) String> agenciesInScope,
        @Nullable @Size(max = 2000) String methodology,
        @Nullable @Size(max = 200) String reviewer,
        @NotNull @DateWindow(yearsBack = 20) LocalDate commissionedOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate draftOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate signedOffOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate plannedPublicationOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate publishedOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate sentToPanelOn,
        @Nullable Integer version) {
}
