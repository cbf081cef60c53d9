package uk.reviewhub.reminder.domain;

import uk.reviewhub.meeting.domain.MeetingDeadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the reminder engine reads about one partnership, as plain values: its groups (with their
 * seats and the deadlines of their terms of reference), meetings to come, open actions, and the
 * people who hold its admin and business support roles. Pure: no framework.
 */
public record ReminderFacts(String partnershipName, List<Group> groups, List<Meeting> meetings, List<Action> actions,
                            List<Person> admins, List<Person> businessSupport) {

    public ReminderFacts {
        groups = List.copyOf(groups);
        meetings = List.copyOf(meetings);
        actions = List.copyOf(actions);
        admins = List.copyOf(admins);
        businessSupport = List.copyOf(businessSupport);
    }

    /** Someone with a sign-in (an active user with an email address). */
    public record Person(UUID userId, String email) {
    }

    /** A seat in a group; {@code person} is null when no user is linked to it. */
    public record Seat(UUID memberId, String groupRole, LocalDate startDate, LocalDate endDate, Person person) {

        /** Filled on {@code day}: no start date or started; no end date or not ended. */
        public boolean currentOn(LocalDate day) {
            return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
        }
    }

    /** A group with the agenda-items deadline and review date of its current terms of reference. */
    public record Group(UUID id, String name, Optional<MeetingDeadline> itemDeadline, LocalDate reviewDueOn, List<Seat> seats) {
        public Group {
            seats = List.copyOf(seats);
        }
    }

    /**
     * A meeting; {@code status} PLANNED, MOVED, HELD or CANCELLED. {@code submitters} are the users who
     * have submitted an agenda item for it (any decision): they are not reminded of the item deadline.
     */
    public record Meeting(UUID id, UUID groupId, String title, String status, LocalDate day, LocalTime time, Set<UUID> submitters) {
        public Meeting {
            submitters = Set.copyOf(submitters);
        }

        public Meeting(UUID id, UUID groupId, String title, String status, LocalDate day, LocalTime time) {
            this(id, groupId, title, status, day, time, Set.of());
        }
    }

    /** An action from a meeting; {@code ownerMemberId} is the owner's seat where the action names one. */
    public record Action(UUID id, UUID groupId, String description, String owner, UUID ownerMemberId, String agency,
                         LocalDate dueDate, String status) {
    }
}
