package uk.reviewhub.api.auth;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The partnership to work in next (one of {@link Me#partnerships()}), and the refresh token of the
 * session being left, which ends with the switch.
 */
@Serdeable
public record SwitchPartnershipRequest(
        @NotNull java.util.UUID partnershipId,
        @NotBlank @Size(max = 500) String refreshToken) {
}
