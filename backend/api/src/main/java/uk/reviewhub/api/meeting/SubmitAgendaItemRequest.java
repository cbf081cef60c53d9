package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An item for a meeting's agenda. */
@Serdeable
public record SubmitAgendaItemRequest(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 5000) String description) {
}
