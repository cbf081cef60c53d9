package uk.reviewhub.api.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Accept an invitation: its token; for a person without an account, the password they choose (at
 * least 12 characters, not a common one) and optionally their name as they want it shown.
 */
@Serdeable
public record AcceptInvitationRequest(
        @NotBlank @Size(max = 100) String token,
        @Nullable @Size(max = 200) String displayName,
        @Nullable @Size(max = 200) String password) {
}
