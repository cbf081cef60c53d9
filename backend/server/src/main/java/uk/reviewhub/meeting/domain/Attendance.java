package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.partnership.domain.Deputy;
import uk.reviewhub.partnership.domain.GroupMember;

import java.util.List;
import java.util.UUID;

/** Every seat of a group at one meeting, with the live quorum verdict. */
public record Attendance(UUID meetingId, List<Seat> seats, QuorumVerdict quorum) {

    /**
     * One seat and how it was filled: {@code status} null while not recorded; a DEPUTY has a
     * {@code deputyName}. {@code secondConsecutiveApologies}: apologies here and at the group's
     * previous meeting. {@code standingDeputy}: the seat's standing deputy on the meeting's day, if any.
     */
    public record Seat(GroupMember seat, AttendanceStatus status, String deputyName, boolean delegatedAuthority,
                       boolean secondConsecutiveApologies, Integer version, Deputy standingDeputy) {
    }
}
