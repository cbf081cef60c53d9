package uk.reviewhub.api.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.PartnershipStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partnership as the platform console shows it: its status and counts, never a case.
 *
 * @param members     people holding a current partnership role
 * @param openReviews case reviews not closed (a count only)
 * @param deleteAfter while offboarding, the moment after which its data may be deleted
 */
@Serdeable
public record PlatformPartnershipView(
        UUID id,
        String slug,
        String name,
        PartnershipStatus status,
        String statusLabel,
        @Nullable String statusReason,
        @Nullable OffsetDateTime statusChangedAt,
        @Nullable OffsetDateTime deleteAfter,
        OffsetDateTime createdAt,
        long members,
        long groups,
        long meetings,
        long openReviews) {
}
