package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** An extra meeting outside the cadence, e.g. a rapid review meeting at short notice (London time). */
@Serdeable
public record ExtraMeetingRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull @DateWindow LocalDateTime scheduledStart,
        @Nullable @Min(1) @Max(1440) Integer durationMinutes,
        @Nullable @Size(max = 200) String location,
        @NotBlank @Size(max = 2000) String reason) {
}
