package uk.reviewhub.api.sso;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The email a person signs in with. */
@Serdeable
public record SignInMethodRequest(@NotBlank @Size(max = 320) String email) {
}
