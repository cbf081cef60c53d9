package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Allocate a chair to a child (and to the child's siblings: siblings share a chair). A
 * reallocation needs a reason. {@code allocatedOn}: the day it takes effect (default today).
 */
@Serdeable
public record AllocationRequest(
        @NotNull UUID chairId,
        @Nullable @Size(max = 2000) String reason,
        @Nullable @DateWindow LocalDate allocatedOn) {
}
