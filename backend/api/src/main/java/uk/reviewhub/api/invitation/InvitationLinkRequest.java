package uk.reviewhub.api.invitation;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from an invitation link. */
@Serdeable
public record InvitationLinkRequest(@NotBlank @Size(max = 100) String token) {
}
