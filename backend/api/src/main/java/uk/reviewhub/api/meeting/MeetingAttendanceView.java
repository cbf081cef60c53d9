package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Every seat of the group at one meeting, with the live quorum verdict. */
@Serdeable
public record MeetingAttendanceView(UUID meetingId, List<AttendanceView> seats, QuorumVerdictView quorum) {
}
