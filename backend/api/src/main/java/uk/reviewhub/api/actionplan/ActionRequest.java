package uk.reviewhub.api.actionplan;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** An action of the Composite Action Plan. {@code version} is required on update. */
@Serdeable
public record ActionRequest(
        @NotNull UUID agencyId,
        @NotBlank @Size(max = 200) String owner,
        @NotBlank @Size(max = 20000) String description,
        @NotNull @DateWindow LocalDate dueOn,
        @Nullable @Min(0) @Max(100) Integer progressPercent,
        @Nullable @Size(max = 20000) String evidenceNotes,
        @Nullable @DateWindow LocalDate completedOn,
        @Nullable @DateWindow LocalDate handedToMonitoringOn,
        @Nullable Integer version) {
}
