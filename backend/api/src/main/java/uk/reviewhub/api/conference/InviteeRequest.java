package uk.reviewhub.api.conference;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * Invite a professional by agency and role (no name). {@code directContact}: whether they have
 * direct contact with the child; only such invitees count towards the quorum.
 */
@Serdeable
public record InviteeRequest(@NotNull UUID agencyId, @NotBlank @Size(max = 200) String roleTitle, boolean directContact) {
}
