package uk.reviewhub.reminder.domain;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the {@link ReminderJob} every {@code reviewhub.reminders.interval} (default 15 minutes),
 * first {@code reviewhub.reminders.initial-delay} after start-up (default 1 minute). Off when
 * {@code reviewhub.reminders.enabled} is false (the tests turn it off and call the job directly).
 */
@Singleton
@Requires(property = "reviewhub.reminders.enabled", notEquals = "false")
class ReminderSchedule {

    private final ReminderJob job;

    ReminderSchedule(ReminderJob job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${reviewhub.reminders.interval:15m}", initialDelay = "${reviewhub.reminders.initial-delay:1m}")
    void run() {
        job.run();
    }
}
