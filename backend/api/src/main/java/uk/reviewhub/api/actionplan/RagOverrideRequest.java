package uk.reviewhub.api.actionplan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Overrides an action's computed RAG status (a reason is required), or clears the override when {@code rag} is null. */
@Serdeable
public record RagOverrideRequest(
        @Nullable Rag rag,
        @Nullable @Size(max = 2000) String reason,
        @NotNull Integer version) {
}
