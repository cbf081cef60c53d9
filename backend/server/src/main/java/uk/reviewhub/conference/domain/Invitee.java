package uk.reviewhub.conference.domain;

import uk.reviewhub.api.vocabulary.InviteeAttendance;
import uk.reviewhub.api.vocabulary.AgencyKind;

import java.time.LocalDate;
import java.util.UUID;

/** A professional invited to a conference, by agency and role (no name). */
public record Invitee(UUID id, UUID conferenceId, UUID agencyId, String agencyName, AgencyKind agencyKind, String roleTitle,
                      boolean directContact, InviteeAttendance attendance, LocalDate reportReceivedOn, int version) {
}
