package uk.reviewhub.reminder.domain;

import uk.reviewhub.time.LondonTime;
import uk.reviewhub.mail.domain.NoticeKind;
import uk.reviewhub.meeting.domain.MeetingDeadline;
import uk.reviewhub.partnership.domain.TermsReview;
import uk.reviewhub.reminder.domain.ReminderFacts.Action;
import uk.reviewhub.reminder.domain.ReminderFacts.Group;
import uk.reviewhub.reminder.domain.ReminderFacts.Meeting;
import uk.reviewhub.reminder.domain.ReminderFacts.Person;
import uk.reviewhub.reminder.domain.ReminderFacts.Seat;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.clock.ClockRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which reminders are due on a day, each to one person with a stable key. Pure: no framework, no
 * database; the caller sends each at most once by its key, so working out the same reminder again
 * (the next run, another replica) is harmless.
 * <ul>
 *   <li>ITEM_DEADLINE: to the group's current members with a sign-in, from
 *       {@link ReminderSettings#itemDeadlineLeadWorkingDays} working days before the agenda-items
 *       deadline of the terms of reference until the deadline itself; not for cancelled or held
 *       meetings, and not to a member who has already submitted an item for the meeting. Key {@code ITEM_DEADLINE:<meeting>:<deadline>:<user>}: a moved meeting has a new
 *       deadline and so a new reminder.</li>
 *   <li>ACTION_DUE: to the action's owner where the action names the owner's seat and a user is
 *       linked to it; otherwise the group's minute takers, otherwise the partnership's business
 *       support, otherwise the group's chair. From {@link ReminderSettings#actionDueLeadWorkingDays}
 *       working days before the due date (key {@code ACTION_DUE:<action>:<due>:<user>}), and once
 *       overdue (key {@code ACTION_OVERDUE:<action>:<due>:<user>}) within
 *       {@link ReminderSettings#actionOverdueWindowWorkingDays} working days of the due date.</li>
 *   <li>TERMS_OF_REFERENCE_REVIEW: to the partnership's admins when the review date approaches
 *       (the same window as the review state on screen, {@link TermsReview}) and once when it has
 *       passed. Key {@code TERMS_OF_REFERENCE_REVIEW:<group>:<review date>:APPROACHING|PASSED:<user>}.</li>
 * </ul>
 */
public final class ReminderEngine {

    private static final Set<String> UPCOMING = Set.of("PLANNED", "MOVED");

    private final WorkingDayCalendar calendar;
    private final ReminderSettings settings;

    public ReminderEngine(WorkingDayCalendar calendar, ReminderSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    public List<Reminder> due(LocalDate today, ReminderFacts facts) {
        Map<java.util.UUID, Group> groups = facts.groups().stream()
                .collect(Collectors.toMap(Group::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Reminder> due = new ArrayList<>();
        for (Meeting meeting : facts.meetings()) {
            itemDeadline(today, facts, groups.get(meeting.groupId()), meeting, due);
        }
        for (Action action : facts.actions()) {
            action(today, facts, groups.get(action.groupId()), action, due);
        }
        for (Group group : facts.groups()) {
            termsReview(today, facts, group, due);
        }
        return List.copyOf(due.stream().collect(Collectors.toMap(Reminder::key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new)).values());
    }

    private void itemDeadline(LocalDate today, ReminderFacts facts, Group group, Meeting meeting, List<Reminder> due) {
        if (group == null || !UPCOMING.contains(meeting.status()) || meeting.day().isBefore(today)
                || group.itemDeadline().isEmpty()) {
            return;
        }
        MeetingDeadline deadline = group.itemDeadline().get();
        LocalDate deadlineDay;
        LocalDate from;
        try {
            deadlineDay = deadline.due(meeting.day(), calendar);
            from = calendar.addWorkingDays(deadlineDay, -settings.itemDeadlineLeadWorkingDays());
        } catch (DateOutsideCalendarException e) {
            return;
        }
        if (today.isBefore(from) || today.isAfter(deadlineDay)) {
            return;
        }
        Map<String, Object> data = base(facts, group);
        Map<String, Object> meetingData = new LinkedHashMap<>();
        meetingData.put("date", LondonTime.UK_DATE.format(meeting.day()));
        if (meeting.time() != null) {
            meetingData.put("time", meeting.time().toString());
        }
        meetingData.put("title", meeting.title());
        data.put("meeting", meetingData);
        data.put("deadline", LondonTime.UK_DATE.format(deadlineDay));
        data.put("workingDays", deadline.rule() instanceof ClockRule.WorkingDaysBefore(int n) ? String.valueOf(n) : "");
        for (Person person : currentPeople(group, today)) {
            if (meeting.submitters().contains(person.userId())) {
                continue;
            }
            due.add(new Reminder("ITEM_DEADLINE:" + meeting.id() + ":" + deadlineDay + ":" + person.userId(),
                    NoticeKind.ITEM_DEADLINE, person, data));
        }
    }

    private void action(LocalDate today, ReminderFacts facts, Group group, Action action, List<Reminder> due) {
        if (!"OPEN".equals(action.status())) {
            return;
        }
        boolean overdue = today.isAfter(action.dueDate());
        try {
            if (overdue) {
                if (today.isAfter(calendar.addWorkingDays(action.dueDate(), settings.actionOverdueWindowWorkingDays()))) {
                    return;
                }
            } else if (today.isBefore(calendar.addWorkingDays(action.dueDate(), -settings.actionDueLeadWorkingDays()))) {
                return;
            }
        } catch (DateOutsideCalendarException e) {
            return;
        }
        Map<String, Object> data = base(facts, group);
        Map<String, Object> actionData = new LinkedHashMap<>();
        actionData.put("description", action.description());
        actionData.put("owner", action.owner());
        if (action.agency() != null) {
            actionData.put("agency", action.agency());
        }
        actionData.put("dueOn", LondonTime.UK_DATE.format(action.dueDate()));
        data.put("action", actionData);
        data.put("overdue", overdue ? "yes" : "");
        String prefix = (overdue ? "ACTION_OVERDUE:" : "ACTION_DUE:") + action.id() + ":" + action.dueDate() + ":";
        for (Person person : actionRecipients(today, facts, group, action)) {
            due.add(new Reminder(prefix + person.userId(), NoticeKind.ACTION_DUE, person, data));
        }
    }

    /** The owner's user; else the group's minute takers; else the partnership's business support; else the chair. */
    static List<Person> actionRecipients(LocalDate today, ReminderFacts facts, Group group, Action action) {
        if (group != null && action.ownerMemberId() != null) {
            List<Person> owner = group.seats().stream()
                    .filter(s -> action.ownerMemberId().equals(s.memberId()) && s.person() != null && s.currentOn(today))
                    .map(Seat::person).toList();
            if (!owner.isEmpty()) {
                return owner;
            }
        }
        List<Person> minuteTakers = group == null ? List.of() : peopleInRole(group, today, "MINUTE_TAKER");
        if (!minuteTakers.isEmpty()) {
            return minuteTakers;
        }
        if (!facts.businessSupport().isEmpty()) {
            return distinct(facts.businessSupport());
        }
        return group == null ? List.of() : peopleInRole(group, today, "CHAIR");
    }

    private void termsReview(LocalDate today, ReminderFacts facts, Group group, List<Reminder> due) {
        TermsReview.State state = TermsReview.of(group.reviewDueOn(), today, settings.termsReviewWindowDays());
        if (state.reminder() != TermsReview.Reminder.APPROACHING && state.reminder() != TermsReview.Reminder.PASSED) {
            return;
        }
        boolean passed = state.reminder() == TermsReview.Reminder.PASSED;
        Map<String, Object> data = base(facts, group);
        data.put("reviewDueOn", LondonTime.UK_DATE.format(group.reviewDueOn()));
        data.put("passed", passed ? "yes" : "");
        String prefix = "TERMS_OF_REFERENCE_REVIEW:" + group.id() + ":" + group.reviewDueOn() + ":" + state.reminder().name() + ":";
        for (Person admin : distinct(facts.admins())) {
            due.add(new Reminder(prefix + admin.userId(), NoticeKind.TERMS_OF_REFERENCE_REVIEW, admin, data));
        }
    }

    /** The group's current seats' people, each once. */
    public static List<Person> currentPeople(Group group, LocalDate today) {
        return distinct(group.seats().stream().filter(s -> s.person() != null && s.currentOn(today)).map(Seat::person).toList());
    }

    private static List<Person> peopleInRole(Group group, LocalDate today, String role) {
        return distinct(group.seats().stream()
                .filter(s -> role.equals(s.groupRole()) && s.person() != null && s.currentOn(today))
                .map(Seat::person).toList());
    }

    private static List<Person> distinct(List<Person> people) {
        return List.copyOf(people.stream().collect(Collectors.toMap(Person::userId, Function.identity(), (a, b) -> a,
                LinkedHashMap::new)).values());
    }

    private static Map<String, Object> base(ReminderFacts facts, Group group) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("partnership", Map.of("name", facts.partnershipName()));
        data.put("group", Map.of("name", group == null ? "" : group.name()));
        return data;
    }
}
