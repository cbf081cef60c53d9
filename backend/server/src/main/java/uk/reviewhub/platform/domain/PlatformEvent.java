package uk.reviewhub.platform.domain;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.api.vocabulary.PlatformAction;

import java.time.Instant;
import java.util.UUID;

/** One entry of the platform's own record of what was done to a partnership; {@code actorId} null for the offboarding job. */
public record PlatformEvent(UUID id, Instant occurredAt, @Nullable UUID actorId, UUID partnershipId, String partnershipSlug,
                            String partnershipName, PlatformAction action, @Nullable String reason, @Nullable String detail) {
}
