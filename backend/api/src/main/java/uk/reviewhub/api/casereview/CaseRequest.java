package uk.reviewhub.api.casereview;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A case to record or update. {@code version} is the version read, required on update; a stale one answers 409.
 * A local authority case reference that another case already has is a warning, not a refusal: the answer is 400 at
 * {@code laCaseReference} saying so, and the same request with {@code duplicateReferenceConfirmed} records it.
 */
@Serdeable
public record CaseRequest(
        @NotNull CaseOrigin origin,
        @NotNull Nature nature,
        @NotBlank @Size(max = 64) String laCaseReference,
        @NotBlank @Size(max = 40) String childIdentifier,
        @NotNull AgeBand ageBand,
        @NotNull Sex sex,
        @NotNull Ethnicity ethnicity,
        boolean lookedAfter,
        boolean cpPlan,
        @Nullable UUID referringAgencyId,
        @NotNull @DateWindow(yearsBack = 20) LocalDate awareOn,
        @Nullable @DateWindow(yearsBack = 20) LocalDate notifiedOn,
        @Nullable Integer version,
        boolean duplicateReferenceConfirmed) {

    @Creator
    public CaseRequest {
    }

    /** Without the confirmation of a duplicate reference. */
    public CaseRequest(CaseOrigin origin, Nature nature, String laCaseReference, String childIdentifier, AgeBand ageBand, Sex sex,
                       Ethnicity ethnicity, boolean lookedAfter, boolean cpPlan, @Nullable UUID referringAgencyId, LocalDate awareOn,
                       @Nullable LocalDate notifiedOn, @Nullable Integer version) {
        this(origin, nature, laCaseReference, childIdentifier, ageBand, sex, ethnicity, lookedAfter, cpPlan, referringAgencyId,
                awareOn, notifiedOn, version, false);
    }
}
