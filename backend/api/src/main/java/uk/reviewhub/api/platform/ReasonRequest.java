package uk.reviewhub.api.platform;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a platform admin suspends, reactivates or offboards a partnership (kept in the platform's record). */
@Serdeable
public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
}
