package uk.reviewhub.api.document;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A new text for a template. {@code version} is the version the editor read; if another edit came
 * first the update is refused (409) and nothing changes.
 */
@Serdeable
public record TemplateUpdate(
        @PositiveOrZero int version,
        @NotNull @Size(max = 200_000) String body) {
}
