package uk.reviewhub.api.onboarding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.RegistrationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A request for a new partnership as platform admins see it. */
@Serdeable
public record RegistrationView(
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
        boolean autoApproved) {
}
