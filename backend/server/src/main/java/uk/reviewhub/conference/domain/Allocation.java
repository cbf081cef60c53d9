package uk.reviewhub.conference.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One allocation of a chair to a child (the history is append-only). */
public record Allocation(UUID id, UUID childId, UUID chairId, String chairName, UUID previousChairId, String previousChairName,
                         LocalDate allocatedOn, String reason, UUID allocatedBy, String allocatedByName, Instant allocatedAt) {
}
