package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.vocabulary.InviteeAttendance;

import java.time.LocalDate;
import java.util.UUID;

/** An invitee: agency, role, direct contact, attendance, report received (and whether before the conference). */
@Serdeable
public record InviteeView(
        UUID id,
        UUID agencyId,
        String agencyName,
        String roleTitle,
        boolean directContact,
        InviteeAttendance attendance,
        @Nullable LocalDate reportReceivedOn,
        int version) {
}
