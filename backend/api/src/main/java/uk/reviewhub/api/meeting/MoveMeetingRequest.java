package uk.reviewhub.api.meeting;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/** Move a meeting to {@code newStart} (London time), for the reason given; {@code version} as last read. */
@Serdeable
public record MoveMeetingRequest(int version, @NotNull @DateWindow LocalDateTime newStart, @NotBlank @Size(max = 2000) String reason) {
}
