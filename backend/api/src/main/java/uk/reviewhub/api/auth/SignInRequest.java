package uk.reviewhub.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Email and password; {@code partnership} (a slug) chooses which of the user's partnerships to work
 * in when they belong to more than one, otherwise the first is used.
 */
@Serdeable
public record SignInRequest(
        @NotBlank @Size(max = 320) String email,
        @NotBlank @Size(max = 200) String password,
        @Nullable @Size(max = 100) String partnership) {
}
