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

/** The safeguarding partners' decision, its rationale and who decided. */
@Serdeable
public record DecisionRequest(
        @NotNull ReviewKind decision,
        @NotBlank @Size(max = 20000) String rationale,
        @NotBlank @Size(max = 200) String decidedBy,
        @NotNull @DateWindow(yearsBack = 20) LocalDate decidedOn,
        @Nullable Integer version) {
}
