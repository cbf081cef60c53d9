package uk.reviewhub.api.scrutiny;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Cancel a planned observation, saying why (it stays on the schedule as cancelled). */
@Serdeable
public record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
}
