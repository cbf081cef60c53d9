package uk.reviewhub.api.scrutiny;

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
 * A recommendation a finding leads to and, if {@code action} is given, the action it puts on the
 * Composite Action Plan (source "scrutiny"): the owning agency, the owner, what is to be done and
 * by when. Both are written or neither. Names are checked as for findings unless {@code noNamesConfirmed}.
 */
@Serdeable
public record RecommendationRequest(@NotBlank @Size(max = 4000) String text,
                                    @Nullable @Valid Action action,
                                    boolean noNamesConfirmed) {

    /** A new action on the CAP. */
    @Serdeable
    public record Action(@NotNull UUID agencyId,
                         @NotBlank @Size(max = 200) String owner,
                         @NotBlank @Size(max = 20000) String description,
                         @NotNull @DateWindow LocalDate dueOn) {
    }
}
