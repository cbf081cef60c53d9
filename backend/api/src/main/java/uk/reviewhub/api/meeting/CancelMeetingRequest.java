package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancel a meeting for the reason given; {@code version} as last read. */
@Serdeable
public record CancelMeetingRequest(int version, @NotBlank @Size(max = 2000) String reason) {
}
