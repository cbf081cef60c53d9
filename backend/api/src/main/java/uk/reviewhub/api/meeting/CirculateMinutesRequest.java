package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** Record that the minutes were circulated, on {@code circulatedOn} (today when null). */
@Serdeable
public record CirculateMinutesRequest(int version, @Nullable @DateWindow LocalDate circulatedOn) {
}
