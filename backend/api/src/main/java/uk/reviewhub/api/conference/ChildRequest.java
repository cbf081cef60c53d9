package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child, minimally: the local authority's case-system reference (Liquidlogic or Mosaic number),
 * initials, the date of birth or (unborn) the expected date of birth, and the borough. No name,
 * address or narrative. {@code siblingOf}: a sibling already recorded (siblings share a chair).
 * {@code version}: the version read, required on update.
 */
@Serdeable
public record ChildRequest(
        @NotBlank @Size(max = 30) String caseReference,
        @NotBlank @Size(max = 6) @Pattern(regexp = "[A-Za-z. '-]+", message = "Initials are letters only") String initials,
        @Nullable @DateWindow(yearsBack = 25, yearsAhead = 0) LocalDate bornOn,
        @Nullable @DateWindow(yearsBack = 1, yearsAhead = 1) LocalDate expectedOn,
        @NotBlank @Size(max = 100) String borough,
        @Nullable UUID siblingOf,
        @Nullable Integer version) {
}
