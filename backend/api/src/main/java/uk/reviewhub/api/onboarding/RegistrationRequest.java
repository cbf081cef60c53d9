package uk.reviewhub.api.onboarding;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A request for a new partnership: its name, the local authorities it covers, and who asks (a work email). */
@Serdeable
public record RegistrationRequest(
        @NotBlank @Size(max = 200) String partnershipName,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> localAuthorities,
        @NotBlank @Size(max = 200) String requesterName,
        @NotBlank @Size(max = 254) @Email String email) {
}
