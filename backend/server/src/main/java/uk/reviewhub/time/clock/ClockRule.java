package uk.reviewhub.time.clock;

import uk.reviewhub.time.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * How a statutory or local timescale sets a due date from an event, counted as backend/DOMAIN.md says.
 * Written in packs as text ({@link #parse}) and shown back the same way ({@link #describe}).
 */
public sealed interface ClockRule {

    /** The due date for an event on {@code event} (for a "before" rule, the later event). */
    LocalDate dueDate(LocalDate event, WorkingDayCalendar calendar);

    /** The rule in words, in the form {@link #parse} reads, e.g. "5 working days after". */
    String describe();

    /** How the due date follows from {@code event}, for a person checking it. */
    String explain(LocalDate event, WorkingDayCalendar calendar);

    /** N working days after the event: the event's day is day 0, the due date day N. */
    record WorkingDaysAfter(int workingDays) implements ClockRule {
        public WorkingDaysAfter {
            requireNotNegative(workingDays, "working days");
        }

        @Override
        public LocalDate dueDate(LocalDate event, WorkingDayCalendar calendar) {
            return calendar.addWorkingDays(event, workingDays);
        }

        @Override
        public String describe() {
            return RuleWording.workingDays(workingDays) + " after";
        }

        @Override
        public String explain(LocalDate event, WorkingDayCalendar calendar) {
            LocalDate due = dueDate(event, calendar);
            return "Day 0 is " + RuleWording.date(event) + RuleWording.ifNotWorking(event, calendar) + ". Counting "
                    + RuleWording.workingDays(workingDays) + " after it" + RuleWording.skipping(calendar, event, due)
                    + ", day " + workingDays + " is " + RuleWording.date(due) + ".";
        }
    }

    /**
     * N calendar months after the event: the same day of the month, or the month's last day when it
     * has no such day; not moved to a working day.
     */
    record CalendarMonthsAfter(int months) implements ClockRule {
        public CalendarMonthsAfter {
            requireNotNegative(months, "months");
        }

        @Override
        public LocalDate dueDate(LocalDate event, WorkingDayCalendar calendar) {
            return event.plusMonths(months);
        }

        @Override
        public String describe() {
            return months + (months == 1 ? " month" : " months") + " after";
        }

        @Override
        public String explain(LocalDate event, WorkingDayCalendar calendar) {
            LocalDate due = dueDate(event, calendar);
            String clamped = due.getDayOfMonth() == event.getDayOfMonth() ? ""
                    : " (" + RuleWording.monthName(due) + " has no day " + event.getDayOfMonth() + ", so its last day)";
            return months + (months == 1 ? " calendar month" : " calendar months") + " after "
                    + RuleWording.date(event) + " is " + RuleWording.date(due) + clamped
                    + ". A calendar-month due date is not moved to a working day.";
        }
    }

    /** At least N working days before the event: the Nth working day before the event's day. */
    record WorkingDaysBefore(int workingDays) implements ClockRule {
        public WorkingDaysBefore {
            requireNotNegative(workingDays, "working days");
        }

        @Override
        public LocalDate dueDate(LocalDate event, WorkingDayCalendar calendar) {
            return calendar.addWorkingDays(event, -workingDays);
        }

        @Override
        public String describe() {
            return "at least " + RuleWording.workingDays(workingDays) + " before";
        }

        @Override
        public String explain(LocalDate event, WorkingDayCalendar calendar) {
            LocalDate due = dueDate(event, calendar);
            return "Day 0 is " + RuleWording.date(event) + RuleWording.ifNotWorking(event, calendar) + ". Counting back "
                    + RuleWording.workingDays(workingDays) + RuleWording.skipping(calendar, due, event)
                    + ", the " + RuleWording.ordinal(workingDays) + " working day before it is " + RuleWording.date(due) + ".";
        }
    }

    /**
     * Reads a rule as packs write it: "5 working days after", "within 15 working days of",
     * "6 months after", "6 calendar months after", "at least 7 working days before". Case and extra
     * spaces do not matter.
     */
    static ClockRule parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A clock rule is missing");
        }
        String normal = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher after = RuleWording.WORKING_DAYS_AFTER.matcher(normal);
        if (after.matches()) {
            return new WorkingDaysAfter(number(after.group(1), text));
        }
        Matcher months = RuleWording.MONTHS_AFTER.matcher(normal);
        if (months.matches()) {
            return new CalendarMonthsAfter(number(months.group(1), text));
        }
        Matcher before = RuleWording.WORKING_DAYS_BEFORE.matcher(normal);
        if (before.matches()) {
            return new WorkingDaysBefore(number(before.group(1), text));
        }
        throw new IllegalArgumentException("Cannot read the clock rule '" + text + "': expected e.g. "
                + "'5 working days after', '6 months after' or 'at least 7 working days before'");
    }

    private static int number(String digits, String text) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The clock rule '" + text + "' has too large a number", e);
        }
    }

    private static void requireNotNegative(int n, String unit) {
        if (n < 0) {
            throw new IllegalArgumentException("A clock rule cannot count " + n + " " + unit
                    + "; use a 'before' rule to count back");
        }
    }
}
