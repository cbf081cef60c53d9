package uk.reviewhub.meeting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A task for the chair: the seat {@code memberId} sent apologies to {@code meetingId} and to the
 * group's meetings before it; {@code letterNote} says why no letter was made, when none was.
 */
public record ApologyFollowUp(UUID id, String kind, UUID groupId, UUID memberId, String positionTitle, String agencyName,
                              UUID meetingId, UUID previousMeetingId, String status, boolean letterAvailable,
                              String letterNote, Instant createdAt) {
}
