package uk.reviewhub.api.partnership;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Ends a seat: it stays as a former member. The last day of membership, why, and the
 * {@code version} read. Ending the group's only current chair is refused (409) unless
 * {@code confirmNoChair} is true.
 */
@Serdeable
public record EndMembershipRequest(
        @NotNull @DateWindow(yearsBack = 30) LocalDate endDate,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull Integer version,
        @Nullable Boolean confirmNoChair) {
}
