package uk.reviewhub.api.partnership;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Ends a person's partnership roles. {@code lastDay}: the last day they hold them; absent, they end
 * now (the last day is yesterday) and the person's access ends within a minute. Why, and the
 * {@code version} read.
 */
@Serdeable
public record EndRoleRequest(
        @Nullable @DateWindow(yearsBack = 30) LocalDate lastDay,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull Integer version) {
}
