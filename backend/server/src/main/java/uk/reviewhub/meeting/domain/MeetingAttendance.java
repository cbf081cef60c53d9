package uk.reviewhub.meeting.domain;

import uk.reviewhub.partnership.domain.GroupMember;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.meeting.persistence.MeetingQueries;
import uk.reviewhub.meeting.persistence.MeetingQueries.AttendanceRow;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who attended a meeting, and the live quorum verdict under the group's current terms of
 * reference. Each recorded attendance also records the verdict with the meeting.
 */
@Singleton
public class MeetingAttendance {

    private final MeetingQueries meetings;
    private final MeetingGroups groups;
    private final Clock clock;
    private final ApologyFollowUps followUps;
    private final GroupAuthority authority;

    MeetingAttendance(MeetingQueries meetings, MeetingGroups groups, Clock clock, ApologyFollowUps followUps,
                      GroupAuthority authority) {
        this.authority = authority;
        this.meetings = meetings;
        this.groups = groups;
        this.clock = clock;
        this.followUps = followUps;
    }

    public Attendance attendance(UUID meetingId) {
        return attendance(groups.meeting(meetingId));
    }

    public QuorumVerdict quorum(UUID meetingId) {
        return attendance(meetingId).quorum();
    }

    /**
     * Records how {@code memberId}'s seat was filled ({@code deputyName} and {@code delegatedAuthority}
     * for a DEPUTY); {@code version} the seat's version as last read, or null whatever it was.
     */
    @Transactional
    public Attendance record(UUID meetingId, UUID memberId, AttendanceStatus status, String deputyName, boolean delegatedAuthority,
                             Integer version, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrSupport(m.groupId(), user, "record attendance");
        if (m.status().equals("CANCELLED")) {
            throw new RuleNotMetException("The meeting was cancelled: there is no attendance to record.");
        }
        boolean seatOfGroup = groups.seats(m.groupId(), MeetingGroups.day(m)).stream().anyMatch(s -> s.id().equals(memberId));
        if (!seatOfGroup) {
            throw new NotFoundException("No such seat in this meeting's group.");
        }
        boolean deputy = status == AttendanceStatus.DEPUTY;
        String deputyNamed = deputyName == null ? null : deputyName.strip();
        if (deputy && (deputyNamed == null || deputyNamed.isEmpty())) {
            throw new RuleNotMetException("Name the deputy who attended.");
        }
        int written = meetings.recordAttendance(meetingId, memberId, status.name(), deputy ? deputyNamed : null,
                deputy && delegatedAuthority, user.userId(), clock.instant(), version);
        if (written == 0) {
            throw new ConflictException("This seat's attendance was changed by someone else since you read it: reload and try again.");
        }
        if (status == AttendanceStatus.APOLOGIES) {
            followUps.apologiesRecorded(m, memberId);
        }
        Attendance view = attendance(m);
        meetings.recordQuorum(meetingId, view.quorum().quorate(), view.quorum().summary(), view.quorum().reasons(), clock.instant());
        return view;
    }

    private Attendance attendance(MeetingRow m) {
        LocalDate day = MeetingGroups.day(m);
        List<GroupMember> seats = groups.seats(m.groupId(), day);
        Map<UUID, AttendanceRow> records = meetings.attendance(m.id()).stream()
                .collect(Collectors.toMap(AttendanceRow::memberId, Function.identity()));
        Set<UUID> apologiesLastTime = meetings.previousMeeting(m.groupId(), m.scheduledStart())
                .map(previous -> meetings.attendance(previous).stream()
                        .filter(r -> r.status().equals(AttendanceStatus.APOLOGIES.name()))
                        .map(AttendanceRow::memberId).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<Attendance.Seat> views = new ArrayList<>();
        List<Attendee> attendees = new ArrayList<>();
        for (GroupMember seat : seats) {
            AttendanceRow r = records.get(seat.id());
            views.add(new Attendance.Seat(seat,
                    r == null ? null : AttendanceStatus.valueOf(r.status()), r == null ? null : r.deputyName(), r != null && r.delegatedAuthority(),
                    r != null && r.status().equals(AttendanceStatus.APOLOGIES.name()) && apologiesLastTime.contains(seat.id()),
                    r == null ? null : r.version(),
                    seat.deputy() != null && seat.deputy().standsOn(day) ? seat.deputy() : null));
            if (r != null) {
                attendees.add(new Attendee(seat.id(), seat.agency().id(), seat.agency().name(),
                        seat.agency().kind(), seat.groupRole(),
                        AttendanceStatus.valueOf(r.status()), r.delegatedAuthority()));
            }
        }
        QuorumVerdict verdict = groups.quorumRule(groups.termsOfReference(m.groupId())).evaluate(attendees);
        return new Attendance(m.id(), views, verdict);
    }
}
