package uk.reviewhub.partnership.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The review reminder of a group's terms of reference: APPROACHING within {@code windowDays} of
 * the review date, PASSED after it. Pure: no framework.
 */
public final class TermsReview {

    public enum Reminder { NOT_SET, NOT_DUE, APPROACHING, PASSED }

    public record State(Reminder reminder, String text) {
    }

    private TermsReview() {
    }

    public static State of(LocalDate reviewDueOn, LocalDate today, int windowDays) {
        if (reviewDueOn == null) {
            return new State(Reminder.NOT_SET, "No review date is set.");
        }
        long days = ChronoUnit.DAYS.between(today, reviewDueOn);
        if (days < 0) {
            return new State(Reminder.PASSED, "The review was due on " + reviewDueOn + ", " + -days + (days == -1 ? " day" : " days")
                    + " ago.");
        }
        if (days <= windowDays) {
            return new State(Reminder.APPROACHING, days == 0 ? "The review is due today."
                    : "The review is due on " + reviewDueOn + ", in " + days + (days == 1 ? " day." : " days."));
        }
        return new State(Reminder.NOT_DUE, "The review is due on " + reviewDueOn + ".");
    }
}
