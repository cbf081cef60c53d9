package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.StandingDeputy;
import uk.reviewhub.api.vocabulary.AttendanceStatus;

import java.util.List;
import java.util.UUID;

/** Every seat of a group at one meeting, with the live quorum verdict. */
public record Attendance(UUID meetingId, List<Seat> seats, QuorumVerdict quorum) {

    /**
     * One seat and how it was filled: {@code status} null while not recorded; a DEPUTY has a
     * {@code deputyName}. {@code secondConsecutiveApologies}: apologies here and at the group's
     * previous meeting. {@code standingDeputy}: the seat's standing deputy on the meeting's day, if any.
     */
    public record Seat(GroupMemberView seat, AttendanceStatus status, String deputyName, boolean delegatedAuthority,
                       boolean secondConsecutiveApologies, Integer version, StandingDeputy standingDeputy) {
    }
}
