package uk.reviewhub.api.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sets the partnership up from a set-up link: the starting point (a {@code code} of
 * {@link SetupOffer#startingPoints()}), the first admin's password, and optionally another name for
 * the partnership (when the one asked for is taken).
 */
@Serdeable
public record SetupRequest(
        @NotBlank @Size(max = 100) String token,
        @NotBlank @Size(max = 50) String startingPoint,
        @NotBlank @Size(max = 200) String password,
        @Nullable @Size(max = 200) String partnershipName) {
}
