package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.EmployerSector;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An allegation against a person who works with children, to record or correct. The person is
 * described by their employer's sector and their role, never by name: a role that looks like it
 * holds a name or a case number is refused at {@code personRole} unless {@code noNamesConfirmed}.
 * {@code knownOn}: the day the allegation became known (the referral clock starts);
 * {@code referredOn}: the day it reached the designated officer; {@code meetingOn} and
 * {@code chairId}: the strategy meeting and the chair who chairs it. {@code reference}: the
 * designated officer's own reference, if any. {@code version}: the version read, required on a
 * change (409 when stale).
 */
@Serdeable
public record AllegationRequest(
        @Nullable @Size(max = 30) String reference,
        @NotNull @DateWindow LocalDate knownOn,
        @Nullable @DateWindow LocalDate referredOn,
        @NotNull EmployerSector employerSector,
        @NotBlank @Size(max = 120) String personRole,
        @Nullable @DateWindow LocalDate meetingOn,
        @Nullable UUID chairId,
        @Nullable Boolean noNamesConfirmed,
        @Nullable Integer version) {
}
