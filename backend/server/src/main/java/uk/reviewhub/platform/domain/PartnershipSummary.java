package uk.reviewhub.platform.domain;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.api.vocabulary.PartnershipStatus;

import java.time.Instant;
import java.util.UUID;

/** A partnership as platform admins see it: status and counts, nothing of any case. */
public record PartnershipSummary(UUID id, String slug, String name, PartnershipStatus status, @Nullable String statusReason,
                                 @Nullable Instant statusChangedAt, @Nullable Instant deleteAfter, Instant createdAt,
                                 long members, long groups, long meetings, long openReviews) {
}
