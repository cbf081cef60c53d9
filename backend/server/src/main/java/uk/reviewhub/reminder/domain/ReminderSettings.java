package uk.reviewhub.reminder.domain;

/**
 * When reminders go out (configuration {@code reviewhub.reminders.*}):
 * <ul>
 *   <li>{@code itemDeadlineLeadWorkingDays}: the item deadline reminder from this many working days
 *       before the deadline, until the deadline;</li>
 *   <li>{@code actionDueLeadWorkingDays}: the action reminder from this many working days before
 *       its due date, until the due date;</li>
 *   <li>{@code actionOverdueWindowWorkingDays}: the overdue notice within this many working days
 *       after the due date (so actions long overdue before reminders existed mail nobody);</li>
 *   <li>{@code termsReviewWindowDays}: the terms of reference review reminder from this many days
 *       (calendar days, as the review state shown on screen) before the review date; after it, the
 *       overdue notice once.</li>
 * </ul>
 */
public record ReminderSettings(int itemDeadlineLeadWorkingDays, int actionDueLeadWorkingDays,
                               int actionOverdueWindowWorkingDays, int termsReviewWindowDays) {

    public ReminderSettings {
        if (itemDeadlineLeadWorkingDays < 0 || actionDueLeadWorkingDays < 0 || actionOverdueWindowWorkingDays < 1
                || termsReviewWindowDays < 0) {
            throw new IllegalArgumentException("Reminder lead times are zero or more working days (the overdue window one or more)");
        }
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(3, 3, 10, 60);
    }
}
