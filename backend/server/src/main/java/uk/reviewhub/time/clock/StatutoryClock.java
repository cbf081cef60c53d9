package uk.reviewhub.time.clock;

import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads clocks against one working-day calendar. A clock is due soon when its due date is no more
 * than {@code dueSoonWorkingDays} working days away (a clock due today is always due soon), and
 * overdue from the day after its due date. Completing on the due date is on time. A clock whose
 * working days fall outside the bank-holiday data reads {@link ClockStatus#OUTSIDE_CALENDAR} (with
 * the due date when that could still be set, as for a months rule) instead of failing.
 */
public final class StatutoryClock {

    private final WorkingDayCalendar calendar;
    private final int dueSoonWorkingDays;

    public StatutoryClock(WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("The due-soon threshold cannot be negative: " + dueSoonWorkingDays);
        }
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public int dueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    /**
     * @param startedOn   the event the rule counts from, or for a "before" rule the later event it
     *                    counts back from (e.g. planned publication); null: the clock has not started
     *                    and has no due date, even if {@code completedOn} is known
     * @param completedOn when the step was done; null while open
     * @param today       the day to read the clock on
     */
    public ClockReading read(ClockRule rule, LocalDate startedOn, LocalDate completedOn, LocalDate today) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(today, "today");
        if (startedOn == null) {
            return ClockReading.notStarted(rule, completedOn);
        }
        LocalDate due = null;
        try {
            due = rule.dueDate(startedOn, calendar);
            return read(rule, startedOn, due, completedOn, today);
        } catch (DateOutsideCalendarException e) {
            return new ClockReading(rule, startedOn, due, completedOn, ClockStatus.OUTSIDE_CALENDAR, null, null, e.reason());
        }
    }

    private ClockReading read(ClockRule rule, LocalDate startedOn, LocalDate due, LocalDate completedOn, LocalDate today) {
        if (completedOn != null) {
            return completedOn.isAfter(due)
                    ? new ClockReading(rule, startedOn, due, completedOn, ClockStatus.MET_LATE, null, lateBy(due, completedOn))
                    : new ClockReading(rule, startedOn, due, completedOn, ClockStatus.MET_ON_TIME, null, null);
        }
        if (today.isAfter(due)) {
            return new ClockReading(rule, startedOn, due, null, ClockStatus.OVERDUE, null, lateBy(due, today));
        }
        int remaining = calendar.workingDaysBetween(today, due);
        ClockStatus status = remaining <= dueSoonWorkingDays ? ClockStatus.DUE_SOON : ClockStatus.ON_TRACK;
        return new ClockReading(rule, startedOn, due, null, status, remaining, null);
    }

    private int lateBy(LocalDate due, LocalDate day) {
        // Done on the Saturday after a Friday deadline is late, though no working day has passed.
        return Math.max(1, calendar.workingDaysBetween(due, day));
    }
}
