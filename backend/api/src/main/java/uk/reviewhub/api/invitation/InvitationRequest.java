package uk.reviewhub.api.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.PartnershipRole;

import java.util.UUID;

/**
 * Invite a person: their work email and name, the partnership role they will hold, and optionally
 * a seat in a review group ({@code groupMemberId}, one with nobody linked yet) they take on accepting.
 */
@Serdeable
public record InvitationRequest(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull PartnershipRole role,
        @Nullable UUID groupMemberId) {
}
