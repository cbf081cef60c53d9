package uk.reviewhub.api.sso;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The provider's answer on the return address: its authorization code and the attempt's state. */
@Serdeable
public record SsoFinishRequest(@NotBlank @Size(max = 100) String state, @NotBlank @Size(max = 4000) String code) {
}
