package uk.reviewhub.api.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.auth.SignInResponse;

/**
 * An accepted invitation. {@code accountCreated}: a new account was made with the chosen password
 * and {@code session} signs the person in to the partnership; otherwise the role was added to the
 * existing account, {@code session} is null and the person signs in as usual.
 */
@Serdeable
public record InvitationAccepted(
        boolean accountCreated,
        String email,
        String partnershipName,
        @Nullable SignInResponse session) {
}
