package uk.reviewhub.invitation.domain;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.api.vocabulary.InvitationStatus;
import uk.reviewhub.api.vocabulary.PartnershipRole;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as stored (never its link): {@code stored} is PENDING, ACCEPTED or REVOKED;
 * {@link #status(Instant)} adds EXPIRED for a pending one past its expiry.
 */
public record Invitation(
        UUID id,
        String email,
        String displayName,
        PartnershipRole role,
        @Nullable UUID groupMemberId,
        @Nullable String seat,
        String stored,
        Instant sentAt,
        Instant expiresAt,
        int timesSent,
        UUID invitedById,
        String invitedBy,
        @Nullable Instant acceptedAt,
        @Nullable Instant revokedAt,
        int version) {

    public InvitationStatus status(Instant now) {
        InvitationStatus status = InvitationStatus.valueOf(stored);
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }
}
