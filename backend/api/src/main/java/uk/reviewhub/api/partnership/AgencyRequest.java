package uk.reviewhub.api.partnership;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Adds an agency ({@code POST}: {@code code} required, lower case words joined by hyphens) or
 * changes one ({@code PUT}: the {@code version} read; the code cannot change). A null
 * {@code compactSignedOn} clears the compact's signed date. {@code reason} goes into the history.
 */
@Serdeable
public record AgencyRequest(
        @Nullable @Size(max = 60) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String kind,
        boolean statutoryPartner,
        @Nullable @DateWindow(yearsBack = 30) LocalDate compactSignedOn,
        @Nullable @Size(max = 2000) String reason,
        @Nullable Integer version) {
}
