package uk.reviewhub.api.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Attaches a learning theme to a case or a review. */
@Serdeable
public record ThemeAttachRequest(
        @NotNull UUID themeId) {
}
