package uk.reviewhub.time.clock;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A clock read on a given day.
 *
 * @param rule                  the rule the due date comes from
 * @param startedOn             the event the clock counts from (for a "before" rule, the later
 *                              event it counts back from); null when not started
 * @param due                   null when not started
 * @param completedOn           null while open
 * @param status                where it stands
 * @param workingDaysRemaining  for ON_TRACK and DUE_SOON: working days after today up to the due
 *                              date (0 when due today); otherwise null
 * @param workingDaysLate       for OVERDUE and MET_LATE: working days after the due date up to
 *                              and including today or the completion, at least 1 (a Saturday
 *                              completion after a Friday due date is 1 late); otherwise null
 * @param problem               for OUTSIDE_CALENDAR: why, e.g. "no bank-holiday data for 2031";
 *                              otherwise null
 */
public record ClockReading(
        ClockRule rule,
        LocalDate startedOn,
        LocalDate due,
        LocalDate completedOn,
        ClockStatus status,
        Integer workingDaysRemaining,
        Integer workingDaysLate,
        String problem) {

    public ClockReading {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        if ((status == ClockStatus.OUTSIDE_CALENDAR) != (problem != null)) {
            throw new IllegalArgumentException("A reading has a problem exactly when it is OUTSIDE_CALENDAR");
        }
    }

    ClockReading(ClockRule rule, LocalDate startedOn, LocalDate due, LocalDate completedOn, ClockStatus status,
                 Integer workingDaysRemaining, Integer workingDaysLate) {
        this(rule, startedOn, due, completedOn, status, workingDaysRemaining, workingDaysLate, null);
    }

    static ClockReading notStarted(ClockRule rule, LocalDate completedOn) {
        return new ClockReading(rule, null, null, completedOn, ClockStatus.NOT_STARTED, null, null);
    }

    /** The status in words: the label, or for OUTSIDE_CALENDAR the label and why. */
    public String label() {
        return problem == null ? status.label() : status.label() + ": " + problem;
    }
}
