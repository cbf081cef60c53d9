package uk.reviewhub.api.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Gives a theme a new title; its code stays. */
@Serdeable
public record ThemeRenameRequest(
        @NotBlank @Size(max = 200) String title,
        /** The version read; when given and stale, the rename answers 409. */
        @Nullable Integer version) {
}
