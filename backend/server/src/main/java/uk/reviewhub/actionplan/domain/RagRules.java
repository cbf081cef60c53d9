package uk.reviewhub.actionplan.domain;

import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How an action's RAG status follows from its dates and progress, in this order:
 * <ol>
 *   <li>BLUE: completed;</li>
 *   <li>RED: past its due date;</li>
 *   <li>AMBER: due within {@code amberWithinWorkingDays} working days (today counts as 0), or its
 *       progress is more than {@code behindByPercent} points behind the share of its time gone;</li>
 *   <li>GREEN otherwise.</li>
 * </ol>
 * Pure; the thresholds are configuration ({@code reviewhub.cap.*}). The CAP's filters and counts
 * run the same rules in SQL ({@code ActionQueries.RAG}) with {@link #amberBefore}: change both together.
 */
public record RagRules(int amberWithinWorkingDays, int behindByPercent) {

    public RagRules {
        if (amberWithinWorkingDays < 0 || behindByPercent < 0 || behindByPercent > 100) {
            throw new IllegalArgumentException("RAG thresholds out of range: " + amberWithinWorkingDays + ", " + behindByPercent);
        }
    }

    public Rag compute(LocalDate createdOn, LocalDate dueOn, int progressPercent, LocalDate completedOn, LocalDate today,
                       WorkingDayCalendar calendar) {
        if (completedOn != null) {
            return Rag.BLUE;
        }
        if (today.isAfter(dueOn)) {
            return Rag.RED;
        }
        // A due date beyond the bank-holiday data is years away: never within the amber window.
        if (calendar.covers(dueOn) && calendar.covers(today) && calendar.workingDaysBetween(today, dueOn) <= amberWithinWorkingDays) {
            return Rag.AMBER;
        }
        return progressPercent + behindByPercent < expectedProgress(createdOn, dueOn, today) ? Rag.AMBER : Rag.GREEN;
    }

    /**
     * The first due date outside the amber window: due dates from today up to the day before it are
     * within {@code amberWithinWorkingDays} working days. Today when today is outside the calendar
     * (no window), the day after the calendar's last day when the window reaches beyond it.
     */
    public LocalDate amberBefore(LocalDate today, WorkingDayCalendar calendar) {
        if (!calendar.covers(today)) {
            return today;
        }
        try {
            return calendar.addWorkingDays(today, amberWithinWorkingDays + 1);
        } catch (DateOutsideCalendarException beyond) {
            return calendar.lastDay().plusDays(1);
        }
    }

    /** The share of the time from creation to the due date that has gone, in percent. */
    static int expectedProgress(LocalDate createdOn, LocalDate dueOn, LocalDate today) {
        long span = ChronoUnit.DAYS.between(createdOn, dueOn);
        if (span <= 0) {
            return 100;
        }
        long gone = Math.max(0, ChronoUnit.DAYS.between(createdOn, today));
        return (int) Math.min(100, gone * 100 / span);
    }
}
