package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** An action recorded in the minutes: who owns it, for which agency, by when. */
@Serdeable
public record NewActionRequest(@NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 200) String owner,
                               @NotNull UUID agencyId, @NotNull @DateWindow LocalDate dueDate, @Nullable UUID agendaItemId) {
}
