package uk.reviewhub.api.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.PartnershipRole;

import java.time.Instant;

/**
 * What a valid invitation link offers, for its holder only: the partnership, the email and name it
 * was sent to, the role, when it expires, and whether that email already has an account (then
 * accepting links the role to it and the person signs in as usual; otherwise they choose a password).
 * {@code seat}: the title of the review group seat the person takes on accepting, if the invitation
 * comes with one.
 */
@Serdeable
public record InvitationPreview(
        String partnershipName,
        String email,
        String displayName,
        PartnershipRole role,
        Instant expiresAt,
        boolean accountExists,
        @Nullable String seat) {
}
