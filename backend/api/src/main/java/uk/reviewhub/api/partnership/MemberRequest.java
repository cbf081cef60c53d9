package uk.reviewhub.api.partnership;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Adds a seat to a group ({@code POST}) or changes one ({@code PUT}, which must carry the
 * {@code version} read). {@code userId} links the seat to a person of the same partnership;
 * {@code deputy} is the standing nominated deputy (null: none). {@code reason} is recorded in the
 * history. Taking the only current chair out of the chair's role is refused (409) unless
 * {@code confirmNoChair} is true.
 */
@Serdeable
public record MemberRequest(
        @NotNull UUID agencyId,
        @NotBlank @Size(max = 300) String positionTitle,
        @NotBlank String groupRole,
        @NotBlank String membershipKind,
        @Nullable @DateWindow(yearsBack = 30) LocalDate startDate,
        @Nullable @DateWindow(yearsBack = 30) LocalDate endDate,
        @Nullable UUID userId,
        @Nullable @Valid StandingDeputy deputy,
        @Nullable @Size(max = 2000) String reason,
        @Nullable Integer version,
        @Nullable Boolean confirmNoChair) {
}
