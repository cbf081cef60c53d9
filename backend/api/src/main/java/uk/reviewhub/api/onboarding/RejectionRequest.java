package uk.reviewhub.api.onboarding;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a request is rejected: told to the requester. */
@Serdeable
public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
}
