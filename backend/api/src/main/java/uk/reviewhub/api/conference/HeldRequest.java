package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The conference was held: when, the agreed reason for a delay (required when it is held after its
 * due date), and when the reports were shared with the parents. {@code version}: the conference's
 * version read.
 */
@Serdeable
public record HeldRequest(
        @NotNull @DateWindow LocalDate heldOn,
        @Nullable @Size(max = 2000) String delayReason,
        @Nullable @DateWindow LocalDate reportsSharedOn,
        @Nullable Integer version) {
}
