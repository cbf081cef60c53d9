package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** An allegation's action done on a day; {@code version}: the action's version read (409 when stale). */
@Serdeable
public record AllegationActionDoneRequest(@NotNull @DateWindow LocalDate doneOn, @Nullable Integer version) {
}
