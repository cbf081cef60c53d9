package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An action agreed at an allegation's strategy meeting: what, who (a role or agency, not a person's
 * name) and by when. Text that looks like a name or a case number is refused at its field unless
 * {@code noNamesConfirmed}.
 */
@Serdeable
public record AllegationActionRequest(
        @NotBlank @Size(max = 1000) String description,
        @NotBlank @Size(max = 200) String owner,
        @NotNull @DateWindow LocalDate dueOn,
        @Nullable Boolean noNamesConfirmed) {
}
