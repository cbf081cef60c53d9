package uk.reviewhub.api.learning;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adds a theme of the partnership's own: a code (lower case words joined by hyphens) and a title. */
@Serdeable
public record NewThemeRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lower case letters and digits, words joined by hyphens") String code,
        @NotBlank @Size(max = 200) String title) {
}
