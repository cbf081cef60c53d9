package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One allocation of a chair to a child: who, instead of whom, from when, why, by whom. */
@Serdeable
public record AllocationView(
        UUID id,
        PersonRef chair,
        @Nullable PersonRef previousChair,
        LocalDate allocatedOn,
        @Nullable String reason,
        PersonRef allocatedBy,
        Instant allocatedAt) {
}
