package uk.reviewhub.api.document;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A template text to render against the kind's sample data, without saving it. */
@Serdeable
public record TemplatePreviewRequest(@NotNull @Size(max = 200_000) String body) {
}
