package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.MinutesStatus;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.meeting.persistence.MeetingQueries.MeetingRow;
import uk.reviewhub.meeting.persistence.MinutesQueries;
import uk.reviewhub.meeting.persistence.MinutesQueries.MinutesRow;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.context.PartnershipTime;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.time.clock.ClockReading;
import uk.reviewhub.time.clock.StatutoryClock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Minutes, drafted per agenda item, approved (usually at the next meeting) and so locked. An edit
 * to locked minutes is refused (422); a change after approval is an amendment, recorded as a new
 * approved version with its reason and who recorded it. Approval (and each amendment) takes the
 * record as minuted: the attendance with deputies by name, the quorum verdict and the actions as
 * they stand then, so later changes to attendance or actions do not rewrite approved minutes.
 * Circulation runs against the terms of reference's deadline.
 */
@Singleton
public class MeetingMinutes {

    private final MinutesQueries minutes;
    private final MeetingGroups groups;
    private final PartnershipTime time;
    private final Clock clock;
    private final ApplicationEventPublisher<MeetingEvents.MinutesCirculated> circulated;
    private final GroupAuthority authority;
    private final MeetingAttendance attendance;

    MeetingMinutes(MinutesQueries minutes, MeetingGroups groups, PartnershipTime time, Clock clock,
                   ApplicationEventPublisher<MeetingEvents.MinutesCirculated> circulated, GroupAuthority authority,
                   MeetingAttendance attendance) {
        this.authority = authority;
        this.attendance = attendance;
        this.minutes = minutes;
        this.groups = groups;
        this.time = time;
        this.clock = clock;
        this.circulated = circulated;
    }

    public Minutes minutes(UUID meetingId) {
        MeetingRow m = groups.meeting(meetingId);
        return view(m, minutes.current(meetingId).orElseThrow(() -> new NotFoundException("This meeting has no minutes yet.")));
    }

    /** Starts the draft ({@code version} null) or rewrites it ({@code version} as last read) with the {@code drafted} entries. */
    @Transactional
    public Minutes draft(UUID meetingId, Integer version, List<MinuteEntry.Draft> drafted, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrSupport(m.groupId(), user, "write the draft minutes");
        if (m.status().equals("CANCELLED")) {
            throw new RuleNotMetException("The meeting was cancelled: it has no minutes.");
        }
        List<MinutesQueries.Entry> entries = entries(meetingId, drafted);
        MinutesRow current = minutes.currentForUpdate(meetingId).orElse(null);
        if (current == null) {
            if (version != null) {
                throw new ConflictException("These minutes no longer exist: reload and try again.");
            }
            UUID id = minutes.insert(meetingId, 1, null, user.userId());
            minutes.rewrite(id, 0, entries);
        } else {
            require(current, MinutesLifecycle.Operation.EDIT);
            if (version == null) {
                throw new ConflictException("Draft minutes already exist: load them and send the version you read.");
            }
            MeetingSchedule.checked(minutes.rewrite(current.id(), version, entries));
        }
        return minutes(meetingId);
    }

    /** Approves (and so locks) the draft, {@code version} as last read, usually at the group's next meeting {@code atMeetingId}. */
    @Transactional
    public Minutes approve(UUID meetingId, int version, UUID atMeetingId, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrVice(m.groupId(), user.userId(), "approve the minutes");
        MinutesRow current = minutes.currentForUpdate(meetingId)
                .orElseThrow(() -> new NotFoundException("This meeting has no minutes yet."));
        require(current, MinutesLifecycle.Operation.APPROVE);
        if (atMeetingId != null) {
            MeetingRow at = groups.meeting(atMeetingId);
            if (!at.groupId().equals(m.groupId())) {
                throw new RuleNotMetException("Minutes are approved at a meeting of the same group.");
            }
        }
        MeetingSchedule.checked(minutes.approve(current.id(), version, user.userId(), clock.instant(), atMeetingId,
                asMinuted(meetingId)));
        return minutes(meetingId);
    }

    /** A change to approved minutes: a new version, approved as recorded; the earlier one stays as it was. */
    @Transactional
    public Minutes amend(UUID meetingId, int version, String reason, List<MinuteEntry.Draft> drafted, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrVice(m.groupId(), user.userId(), "amend the minutes");
        MinutesRow current = minutes.currentForUpdate(meetingId)
                .orElseThrow(() -> new NotFoundException("This meeting has no minutes yet."));
        require(current, MinutesLifecycle.Operation.AMEND);
        if (current.version() != version) {
            throw new ConflictException("It was changed by someone else since you read it: reload and try again.");
        }
        List<MinutesQueries.Entry> entries = entries(meetingId, drafted);
        UUID id = minutes.insert(meetingId, current.number() + 1, reason.strip(), user.userId());
        minutes.rewrite(id, 0, entries);
        minutes.approve(id, 1, user.userId(), clock.instant(), null, asMinuted(meetingId));
        if (current.circulatedOn() != null) {
            minutes.circulate(id, 2, current.circulatedOn());
        }
        return minutes(meetingId);
    }

    /** Records that the minutes ({@code version} as last read) were circulated on {@code circulatedOn} (today when null). */
    @Transactional
    public Minutes circulate(UUID meetingId, int version, LocalDate circulatedOn, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrSupport(m.groupId(), user, "record that the minutes were circulated");
        MinutesRow current = minutes.currentForUpdate(meetingId)
                .orElseThrow(() -> new NotFoundException("This meeting has no minutes yet."));
        require(current, MinutesLifecycle.Operation.CIRCULATE);
        LocalDate on = circulatedOn == null ? LondonTime.today(clock) : circulatedOn;
        if (on.isAfter(LondonTime.today(clock))) {
            throw new RuleNotMetException("Minutes cannot be recorded as circulated on a day still to come.");
        }
        MeetingSchedule.checked(minutes.circulate(current.id(), version, on));
        // Members are mailed once this commits (uk.reviewhub.reminder.domain.MeetingNotices).
        circulated.publishEvent(new MeetingEvents.MinutesCirculated(meetingId, current.id()));
        return minutes(meetingId);
    }

    @Transactional
    public MeetingAction addAction(UUID meetingId, MeetingAction.New action, CurrentUser user) {
        MeetingRow m = groups.meetingForUpdate(meetingId);
        authority.requireChairOrSupport(m.groupId(), user, "record actions");
        if (!minutes.agencyExists(action.agencyId())) {
            throw new RuleNotMetException("No such agency in this partnership.");
        }
        if (action.agendaItemId() != null && !minutes.agendaItemOf(meetingId, action.agendaItemId())) {
            throw new RuleNotMetException("That agenda item is not on this meeting's agenda.");
        }
        UUID id = minutes.insertAction(meetingId, action.agendaItemId(), action.description().strip(), action.owner().strip(),
                action.agencyId(), action.dueDate(), user.userId());
        return view(minutes.action(id).orElseThrow());
    }

    /** Completes (on {@code completedOn}, today when null), cancels or reopens an action, {@code version} as last read. */
    @Transactional
    public MeetingAction actionStatus(UUID actionId, int version, String status, LocalDate completedOn, CurrentUser user) {
        MinutesQueries.ActionRow action = minutes.action(actionId)
                .orElseThrow(() -> new NotFoundException("No such action in this partnership."));
        authority.requireChairOrSupport(groups.meeting(action.meetingId()).groupId(), user, "change an action's status");
        LocalDate today = LondonTime.today(clock);
        LocalDate completed = null;
        if (status.equals("COMPLETED")) {
            completed = completedOn == null ? today : completedOn;
            if (completed.isAfter(today)) {
                throw new InvalidFieldException("completedOn", "An action cannot be completed on a day still to come.");
            }
        }
        MeetingSchedule.checked(minutes.actionStatus(action.id(), version, status, completed));
        return view(minutes.action(actionId).orElseThrow());
    }

    /** The group's decisions register: every decision in the current minutes of its meetings. */
    public List<RecordedDecision> decisions(UUID groupId) {
        groups.termsOfReference(groupId);
        return minutes.decisions(groupId).stream()
                .map(d -> new RecordedDecision(d.meetingId(), MeetingGroups.london(d.meetingStart()).toLocalDate(), d.meetingTitle(),
                        d.minutesNumber(), d.minutesStatus(), d.agendaItemId(), d.heading(), d.decision()))
                .toList();
    }

    public List<MeetingAction> actions(UUID meetingId) {
        groups.meeting(meetingId);
        return minutes.actions(meetingId, null).stream().map(this::view).toList();
    }

    public List<MeetingAction> actionLog(UUID groupId) {
        groups.termsOfReference(groupId);
        return minutes.actions(null, groupId).stream().map(this::view).toList();
    }

    /** The attendance, quorum verdict and actions of the meeting as they stand now, to keep with approved minutes. */
    private MinutesQueries.Minuted asMinuted(UUID meetingId) {
        Attendance now = attendance.attendance(meetingId);
        List<MinutesQueries.MinutedSeat> seats = now.seats().stream().filter(s -> s.status() != null)
                .map(s -> new MinutesQueries.MinutedSeat(s.seat().id(), s.seat().positionTitle(), s.seat().agency().name(),
                        s.seat().groupRole().name(), s.status().name(),
                        s.deputyName(), s.delegatedAuthority()))
                .toList();
        List<MinutesQueries.MinutedAction> actions = minutes.actions(meetingId, null).stream()
                .map(a -> new MinutesQueries.MinutedAction(a.id(), a.agendaItemId(), a.description(), a.owner(), a.agencyName(),
                        a.dueDate()))
                .toList();
        return new MinutesQueries.Minuted(clock.instant(), seats, now.quorum().quorate(), now.quorum().summary(),
                now.quorum().reasons(), actions);
    }

    private static Minuted view(MinutesQueries.Minuted m) {
        return new Minuted(m.takenAt(),
                m.seats().stream().map(s -> new Minuted.Seat(s.memberId(), s.positionTitle(), s.agency(), GroupRole.valueOf(s.groupRole()),
                        AttendanceStatus.valueOf(s.status()),
                        s.deputyName(), s.delegatedAuthority())).toList(),
                new Minuted.Quorum(m.quorate(), m.quorumSummary(), m.quorumReasons()),
                m.actions().stream().map(a -> new Minuted.Action(a.actionId(), a.agendaItemId(), a.description(), a.owner(),
                        a.agency(), a.dueDate())).toList());
    }

    private static void require(MinutesRow current, MinutesLifecycle.Operation operation) {
        MinutesLifecycle.refusal(MinutesStatus.valueOf(current.status()), operation).ifPresent(reason -> {
            throw new RuleNotMetException(reason);
        });
    }

    private List<MinutesQueries.Entry> entries(UUID meetingId, List<MinuteEntry.Draft> input) {
        return input.stream().map(e -> {
            if (e.agendaItemId() != null && !minutes.agendaItemOf(meetingId, e.agendaItemId())) {
                throw new RuleNotMetException("An entry names an agenda item that is not on this meeting's agenda.");
            }
            return new MinutesQueries.Entry(e.agendaItemId(), e.heading().strip(), e.notes() == null ? "" : e.notes(),
                    e.decisions() == null ? List.of() : e.decisions().stream().map(String::strip).toList());
        }).toList();
    }

    private Minutes view(MeetingRow m, MinutesRow r) {
        List<MinuteEntry> entries = minutes.entries(r.id()).stream()
                .map(e -> new MinuteEntry(e.id(), e.agendaItemId(), e.heading(), e.notes(), e.decisions())).toList();
        boolean locked = MinutesLifecycle.locked(MinutesStatus.valueOf(r.status()));
        return new Minutes(r.id(), r.meetingId(), r.number(), MinutesStatus.valueOf(r.status()), locked, r.amendmentReason(), r.approvedAt(),
                r.approvedAtMeetingId(), r.circulatedOn(), circulation(m, r), entries, r.version(),
                r.minuted() == null ? null : view(r.minuted()),
                r.approvedBy() == null ? null : minutes.userName(r.approvedBy()).orElse(null));
    }

    /** The circulation clock from the terms of reference, counted from the meeting's day; null where they set none. */
    private DeadlineClock circulation(MeetingRow m, MinutesRow r) {
        return MeetingDeadline.of(groups.termsOfReference(m.groupId()), MeetingDeadline.MINUTES_CIRCULATED)
                .map(d -> {
                    try {
                        ClockReading reading = time.statutoryClock().read(d.rule(), MeetingGroups.day(m), r.circulatedOn(), LondonTime.today(clock));
                        return new DeadlineClock(d.code(), d.label(), d.describe(), reading.due(),
                                reading.completedOn(), reading.status().name(), reading.label(),
                                reading.workingDaysRemaining(), reading.workingDaysLate());
                    } catch (DateOutsideCalendarException e) {
                        return null;
                    }
                }).orElse(null);
    }

    private MeetingAction view(MinutesQueries.ActionRow a) {
        ActionRag.Reading rag = ActionRag.read(a.status(), a.dueDate(), a.completedOn(), LondonTime.today(clock), time.statutoryClock());
        return new MeetingAction(a.id(), a.meetingId(), a.agendaItemId(), a.description(), a.owner(), a.agencyId(), a.agencyName(),
                a.dueDate(), a.status(), a.completedOn(), rag.rag().name(), rag.label(), a.version());
    }
}
