package uk.reviewhub.api.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.PlatformAction;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of the platform's record of what was done to partnerships (kept after a partnership is deleted). */
@Serdeable
public record PlatformEventView(
        UUID id,
        OffsetDateTime occurredAt,
        /** The platform admin who did it; null for the offboarding job. */
        @Nullable UUID actorId,
        UUID partnershipId,
        String partnershipSlug,
        String partnershipName,
        PlatformAction action,
        String actionLabel,
        @Nullable String reason,
        @Nullable String detail) {
}
