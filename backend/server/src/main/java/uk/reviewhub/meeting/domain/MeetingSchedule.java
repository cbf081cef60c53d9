package uk.reviewhub.meeting.domain;

import uk.reviewhub.partnership.domain.GroupTerms;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.pack.Recurrence;
import uk.reviewhub.pack.UnsupportedRecurrenceException;
import uk.reviewhub.meeting.persistence.MeetingQueries;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.security.CurrentUser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static uk.reviewhub.meeting.domain.MeetingGroups.fromLondon;
import static uk.reviewhub.meeting.domain.MeetingGroups.london;

/** A group's meetings: planned from its cadence, extra meetings, moves and cancellations with reasons. */
@Singleton
public class MeetingSchedule {

    /** Planning further ahead than this is a typing slip, not a schedule. */
    static final int MOST_YEARS_AHEAD = 3;

    /**
     * Plan the cadence's meetings: the series starts on {@code seriesStart} and meetings are made up
     * to {@code until}, at {@code startTime} London time.
     */
    public record Plan(LocalDate seriesStart, LocalDate until, LocalTime startTime, String location) {
    }

    /** An extra meeting outside the cadence (London time), with the reason for it. */
    public record ExtraMeeting(String title, LocalDateTime scheduledStart, Integer durationMinutes, String location,
                               String reason) {
    }

    private final MeetingQueries meetings;
    private final MeetingGroups groups;
    private final GroupAuthority authority;

    MeetingSchedule(MeetingQueries meetings, MeetingGroups groups, GroupAuthority authority) {
        this.meetings = meetings;
        this.groups = groups;
        this.authority = authority;
    }

    /** The group's meetings starting from {@code from} up to and including {@code to} (London dates). */
    public List<Meeting> meetings(UUID groupId, LocalDate from, LocalDate to) {
        groups.termsOfReference(groupId); // 404 for a group not in this partnership
        return meetings.meetings(groupId, fromLondon(from.atStartOfDay()), fromLondon(to.plusDays(1).atStartOfDay()))
                .stream().map(MeetingGroups::meeting).toList();
    }

    public Meeting meeting(UUID meetingId) {
        return MeetingGroups.meeting(groups.meeting(meetingId));
    }

    /** One meeting, with what the user may do in its group ({@link GroupAuthority#yourPart}). */
    public Meeting meeting(UUID meetingId, CurrentUser user) {
        Meeting view = meeting(meetingId);
        return view.withYourPart(authority.yourPart(view.groupId(), user));
    }

    /**
     * Plans the meetings the group's cadence gives from {@code seriesStart} to {@code until}. Dates
     * already planned (even if since moved or cancelled) are left alone, so this can run again.
     */
    @Transactional
    public PlannedMeetings generate(UUID groupId, Plan request, CurrentUser user) {
        GroupTerms terms = groups.termsOfReference(groupId);
        authority.requireChairOrSupport(groupId, user, "plan its meetings");
        String rrule = terms.terms().cadence().rrule();
        if (rrule == null || rrule.isBlank()) {
            throw new RuleNotMetException("The terms of reference of " + terms.group().name()
                    + " set no recurring cadence (" + terms.terms().cadence().description() + "), so there is nothing to plan.");
        }
        if (request.until().isBefore(request.seriesStart())) {
            throw new InvalidFieldException("until", "The last day to plan for is before the series starts.");
        }
        if (request.until().isAfter(request.seriesStart().plusYears(MOST_YEARS_AHEAD))) {
            throw new InvalidFieldException("until", "Plan at most " + MOST_YEARS_AHEAD + " years ahead at a time.");
        }
        Recurrence recurrence;
        try {
            recurrence = Recurrence.parse(rrule);
        } catch (UnsupportedRecurrenceException e) {
            throw new RuleNotMetException("The cadence cannot be planned: " + e.getMessage());
        }
        List<LocalDate> dates = recurrence.between(request.seriesStart(), request.seriesStart(), request.until());
        int created = 0;
        for (LocalDate date : dates) {
            if (meetings.insertPlannedIfAbsent(groupId, terms.group().name(), date, fromLondon(date.atTime(request.startTime())),
                    terms.terms().cadence().durationMinutes(), request.location(), user.userId())) {
                created++;
            }
        }
        List<Meeting> planned = meetings.planned(groupId, request.seriesStart(), request.until()).stream()
                .map(MeetingGroups::meeting).toList();
        return new PlannedMeetings(created, dates.size() - created, planned);
    }

    @Transactional
    public Meeting addExtra(UUID groupId, ExtraMeeting request, CurrentUser user) {
        groups.termsOfReference(groupId);
        authority.requireChairOrSupport(groupId, user, "add a meeting");
        UUID id = meetings.insertExtra(groupId, request.title().strip(), fromLondon(request.scheduledStart()),
                request.durationMinutes(), request.location(), request.reason().strip(), user.userId());
        return meeting(id);
    }

    @Transactional
    public Meeting move(UUID meetingId, int version, LocalDateTime newStart, String reason, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrSupport(m.groupId(), user, "move a meeting");
        requireOpen(m, "moved");
        LocalDateTime previous = london(m.scheduledStart());
        if (previous.equals(newStart)) {
            throw new RuleNotMetException("The meeting is already at " + previous + ".");
        }
        checked(meetings.move(meetingId, version, fromLondon(newStart), reason.strip()));
        meetings.insertChange(meetingId, "MOVED", m.scheduledStart(), fromLondon(newStart), reason.strip(), user.userId());
        return meeting(meetingId);
    }

    @Transactional
    public Meeting cancel(UUID meetingId, int version, String reason, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrSupport(m.groupId(), user, "cancel a meeting");
        requireOpen(m, "cancelled");
        checked(meetings.cancel(meetingId, version, reason.strip()));
        meetings.insertChange(meetingId, "CANCELLED", m.scheduledStart(), null, reason.strip(), user.userId());
        return meeting(meetingId);
    }

    @Transactional
    public Meeting held(UUID meetingId, int version, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrSupport(m.groupId(), user, "record that a meeting was held");
        requireOpen(m, "recorded as held");
        checked(meetings.held(meetingId, version));
        return meeting(meetingId);
    }

    public List<MeetingChange> changes(UUID meetingId) {
        groups.meeting(meetingId);
        return meetings.changes(meetingId).stream()
                .map(c -> new MeetingChange(c.change(), london(c.previousStart()),
                        c.newStart() == null ? null : london(c.newStart()), c.reason(), c.changedAt()))
                .toList();
    }

    private static void requireOpen(MeetingRow m, String what) {
        if (m.status().equals("CANCELLED") || m.status().equals("HELD")) {
            throw new RuleNotMetException("A meeting that is " + m.status().toLowerCase() + " cannot be " + what + ".");
        }
    }

    static void checked(int updated) {
        if (updated == 0) {
            throw new ConflictException("It was changed by someone else since you read it: reload and try again.");
        }
    }
}
