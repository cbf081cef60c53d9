package uk.reviewhub.reminder.domain;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** {@code reviewhub.reminders.*} as a {@link ReminderSettings} (see there for what each means). */
@Factory
class ReminderConfiguration {

    @Singleton
    ReminderSettings reminderSettings(
            @Value("${reviewhub.reminders.item-deadline-lead-working-days:3}") int itemDeadlineLead,
            @Value("${reviewhub.reminders.action-due-lead-working-days:3}") int actionDueLead,
            @Value("${reviewhub.reminders.action-overdue-window-working-days:10}") int actionOverdueWindow,
            @Value("${reviewhub.terms-of-reference.review-reminder-days:60}") int termsReviewWindowDays) {
        return new ReminderSettings(itemDeadlineLead, actionDueLead, actionOverdueWindow, termsReviewWindowDays);
    }
}
