package uk.reviewhub.api.partnership;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Changes a person's partnership roles: the roles (one to five of PARTNERSHIP_ADMIN, CHAIR,
 * VICE_CHAIR, MEMBER, BUSINESS_SUPPORT), their agency, the first and last day they hold them
 * (null: no limit), why, and the {@code version} read.
 */
@Serdeable
public record PartnershipRoleRequest(
        @NotNull @Size(min = 1, max = 5) List<@NotBlank String> roles,
        @Nullable UUID agencyId,
        @Nullable @DateWindow(yearsBack = 30) LocalDate startDate,
        @Nullable @DateWindow(yearsBack = 30) LocalDate endDate,
        @Nullable @Size(max = 2000) String reason,
        @NotNull Integer version) {
}
