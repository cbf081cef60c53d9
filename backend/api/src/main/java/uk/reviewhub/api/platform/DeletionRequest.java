package uk.reviewhub.api.platform;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Deleting an offboarded partnership's data now: the admin types its code to confirm which one. */
@Serdeable
public record DeletionRequest(@NotBlank @Size(max = 100) String confirmSlug) {
}
