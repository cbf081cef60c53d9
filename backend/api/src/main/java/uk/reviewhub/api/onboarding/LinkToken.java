package uk.reviewhub.api.onboarding;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token of a mailed link (confirm the email, or set up the partnership), sent in the body, never the URL. */
@Serdeable
public record LinkToken(@NotBlank @Size(max = 100) String token) {
}
