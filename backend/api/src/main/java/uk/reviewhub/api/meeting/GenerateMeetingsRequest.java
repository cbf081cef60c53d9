package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Plan the group's meetings from its cadence: the series starts on {@code seriesStart} (its first
 * meeting, for a six-weekly cadence; the first month, for "second Monday of each month") and
 * meetings are created up to {@code until}, at {@code startTime} London time. Idempotent: dates
 * already planned are left as they are.
 */
@Serdeable
public record GenerateMeetingsRequest(
        @NotNull @DateWindow LocalDate seriesStart,
        @NotNull @DateWindow LocalDate until,
        @NotNull LocalTime startTime,
        @Nullable @Size(max = 200) String location) {
}
