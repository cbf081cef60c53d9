package uk.reviewhub.meeting.domain;

import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.clock.ClockReading;
import uk.reviewhub.time.clock.ClockRule;
import uk.reviewhub.time.clock.StatutoryClock;

import java.time.LocalDate;

/**
 * The traffic light of an action in the action log: red when overdue, amber when due within the
 * clocks' due-soon threshold, green when on track; completed and cancelled actions have their own
 * status. Every light has words, so status never depends on colour alone.
 */
public final class ActionRag {

    public enum Rag { RED, AMBER, GREEN, COMPLETE, CANCELLED }

    /** A light and its words, e.g. RED "Overdue by 3 working days". */
    public record Reading(Rag rag, String label) {
    }

    private ActionRag() {
    }

    public static Reading read(String status, LocalDate due, LocalDate completedOn, LocalDate today, StatutoryClock clock) {
        if (status.equals("CANCELLED")) {
            return new Reading(Rag.CANCELLED, "Cancelled");
        }
        ClockReading reading;
        try {
            // The due date itself is the deadline: day 0 of a zero-working-day rule.
            reading = clock.read(new ClockRule.WorkingDaysAfter(0), due, status.equals("COMPLETED") ? completedOn : null, today);
        } catch (DateOutsideCalendarException e) {
            return withoutCalendar(status, due, today);
        }
        return switch (reading.status()) {
            case OUTSIDE_CALENDAR -> withoutCalendar(status, due, today);
            case OVERDUE -> new Reading(Rag.RED, "Overdue by " + days(reading.workingDaysLate()));
            case DUE_SOON -> new Reading(Rag.AMBER, reading.workingDaysRemaining() == 0 ? "Due today"
                    : "Due in " + days(reading.workingDaysRemaining()));
            case ON_TRACK, NOT_STARTED -> new Reading(Rag.GREEN, "On track");
            case MET_ON_TIME -> new Reading(Rag.COMPLETE, "Completed on time");
            case MET_LATE -> new Reading(Rag.COMPLETE, "Completed " + days(reading.workingDaysLate()) + " late");
        };
    }

    /** Outside the bank-holiday data: no working-day counts, only before or after the due date. */
    private static Reading withoutCalendar(String status, LocalDate due, LocalDate today) {
        return status.equals("COMPLETED") ? new Reading(Rag.COMPLETE, "Completed")
                : today.isAfter(due) ? new Reading(Rag.RED, "Overdue") : new Reading(Rag.GREEN, "On track");
    }

    private static String days(Integer n) {
        return n == null ? "" : n == 1 ? "1 working day" : n + " working days";
    }
}
