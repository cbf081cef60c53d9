package uk.reviewhub.onboarding.domain;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.api.vocabulary.RegistrationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request for a new partnership, as stored (its links only as hashes, which this record does not carry). */
public record Registration(
        UUID id,
        String partnershipName,
        List<String> localAuthorities,
        String requesterName,
        String email,
        RegistrationStatus status,
        Instant createdAt,
        @Nullable Instant verifiedAt,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        boolean autoApproved,
        @Nullable UUID partnershipId) {

    public Registration {
        localAuthorities = List.copyOf(localAuthorities);
    }
}
