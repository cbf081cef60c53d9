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

/** A milestone of a commissioned review. */
@Serdeable
public record MilestoneRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @DateWindow(yearsBack = 20) LocalDate dueOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate completedOn,
        @Nullable Integer version) {
}
