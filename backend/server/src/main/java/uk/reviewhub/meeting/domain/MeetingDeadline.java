package uk.reviewhub.meeting.domain;

import uk.reviewhub.partnership.domain.GroupTerms;
import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.clock.ClockRule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A deadline the terms of reference set relative to a meeting, in working days: agenda items
 * "at least 10 working days before", minutes circulated "14 working days after" (Salford).
 * Counted as the working-day calendar counts (backend/DOMAIN.md): the meeting's day is day 0.
 */
public record MeetingDeadline(String code, String label, ClockRule rule) {

    /** The deadline codes meetings use; the numbers come from each group's terms of reference. */
    public static final String AGENDA_ITEMS = "agenda-items";
    public static final String PAPERS_PUBLISHED = "papers-published";
    public static final String MINUTES_CIRCULATED = "minutes-circulated";

    public MeetingDeadline {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
    }

    /** The terms' deadline with this code, if they set one. */
    public static Optional<MeetingDeadline> of(GroupTerms terms, String code) {
        return terms.terms().deadlines().stream().filter(d -> d.code().equals(code)).findFirst().map(d -> new MeetingDeadline(d.code(),
                d.label(), switch (d.direction()) {
                    case BEFORE -> new ClockRule.WorkingDaysBefore(d.workingDays());
                    case AFTER -> new ClockRule.WorkingDaysAfter(d.workingDays());
                }));
    }

    /** The due date for a meeting on {@code meetingDay}. */
    public LocalDate due(LocalDate meetingDay, WorkingDayCalendar calendar) {
        return rule.dueDate(meetingDay, calendar);
    }

    /** Whether something done on {@code day} misses the deadline: done on the due date is in time. */
    public boolean missedBy(LocalDate day, LocalDate meetingDay, WorkingDayCalendar calendar) {
        return day.isAfter(due(meetingDay, calendar));
    }

    /** E.g. "at least 10 working days before the meeting". */
    public String describe() {
        return rule.describe() + " the meeting";
    }
}
