package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation of a commissioned review. */
@Serdeable
public record RecommendationRequest(
        @NotNull @Positive Integer number,
        @NotBlank @Size(max = 20000) String text,
        @Nullable Integer version) {
}
