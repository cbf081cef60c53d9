package uk.reviewhub.reminder.domain;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.reviewhub.mail.domain.Notices;
import uk.reviewhub.reminder.persistence.ReminderQueries;
import uk.reviewhub.time.context.PartnershipTime;

import java.time.Clock;

/**
 * For specs only: the reminders of one partnership (its name contains
 * {@code reviewhub.test.reminders.failing-partnership}) fail, as a partnership with broken data
 * would, so a spec can show the job carries on with the others.
 */
@Singleton
@Replaces(Reminders.class)
@Requires(property = "reviewhub.test.reminders.failing-partnership")
class FailingPartnershipReminders extends Reminders {

    private final ReminderQueries queries;
    private final String failing;

    FailingPartnershipReminders(ReminderQueries queries, ReminderGroups groups, Notices notices, PartnershipTime time,
                                ReminderSettings settings, Clock clock,
                                @Value("${reviewhub.test.reminders.failing-partnership}") String failing) {
        super(queries, groups, notices, time, settings, clock);
        this.queries = queries;
        this.failing = failing;
    }

    @Override
    public Run sendDue() {
        if (queries.partnershipName().orElse("").contains(failing)) {
            throw new IllegalStateException("This partnership's data is broken (a spec says so)");
        }
        return super.sendDue();
    }
}
