package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;

/** Complete (on {@code completedOn}, today when null), cancel or reopen an action; {@code version} as last read. */
@Serdeable
public record ActionStatusRequest(int version, @NotNull @Pattern(regexp = "OPEN|COMPLETED|CANCELLED") String status,
                                  @Nullable @DateWindow LocalDate completedOn) {
}
