package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** One entry of the minutes as written: {@code agendaItemId} null for other business. */
@Serdeable
public record MinuteEntryInput(
        @Nullable UUID agendaItemId,
        @NotBlank @Size(max = 300) String heading,
        @Nullable @Size(max = 20000) String notes,
        @Nullable @Size(max = 100) List<@NotBlank @Size(max = 2000) String> decisions) {
}
