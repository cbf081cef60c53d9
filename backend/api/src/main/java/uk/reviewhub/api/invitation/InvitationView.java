package uk.reviewhub.api.invitation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.InvitationStatus;
import uk.reviewhub.api.vocabulary.PartnershipRole;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as its partnership's admins see it (never its link): who, which role and seat,
 * where it stands, when the current link was sent and when it expires, how many times it was sent.
 */
@Serdeable
public record InvitationView(
        UUID id,
        String email,
        String displayName,
        PartnershipRole role,
        @Nullable UUID groupMemberId,
        @Nullable String seat,
        InvitationStatus status,
        Instant sentAt,
        Instant expiresAt,
        int timesSent,
        String invitedBy,
        @Nullable Instant acceptedAt,
        @Nullable Instant revokedAt,
        int version) {
}
