package uk.reviewhub.reminder.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.reminder.persistence.ReminderQueries;
import uk.reviewhub.tenancy.TenantContext;

import java.util.List;
import java.util.UUID;

/**
 * One run of the reminders over every partnership: the tenant ids come from the security-definer
 * {@code platform.partnership_ids()} (read with no tenant bound), then each partnership's
 * reminders are worked out and sent with its tenant bound, so row-level security keeps every query
 * to it. One partnership's failure is logged and the others still run. Safe to run on several
 * replicas at once and as often as wished: each reminder is sent at most once
 * ({@link uk.reviewhub.mail.domain.Notices#sendOnce}). Each run also sends again the event notices
 * (minutes circulated, agenda published) that FAILED ({@link MeetingNotices#retryFailed}). {@link ReminderSchedule} calls it on a timer;
 * tests call {@link #run()} directly.
 */
@Singleton
public class ReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    /** What a run did: totals over the partnerships, and how many partnerships failed. */
    public record Result(int partnerships, int failedPartnerships, Reminders.Run totals) {
    }

    private final ReminderQueries queries;
    private final Reminders reminders;
    private final MeetingNotices meetingNotices;

    ReminderJob(ReminderQueries queries, Reminders reminders, MeetingNotices meetingNotices) {
        this.queries = queries;
        this.reminders = reminders;
        this.meetingNotices = meetingNotices;
    }

    public Result run() {
        List<UUID> tenants;
        try {
            tenants = TenantContext.callWithoutTenant(queries::partnershipIds);
        } catch (Exception e) {
            LOG.error("Reminders: the partnerships could not be listed; nothing sent this run", e);
            return new Result(0, 0, new Reminders.Run(0, 0, 0, 0));
        }
        Reminders.Run totals = new Reminders.Run(0, 0, 0, 0);
        int failed = 0;
        for (UUID tenant : tenants) {
            try {
                Reminders.Run run = TenantContext.callAs(tenant, () -> reminders.sendDue().plus(meetingNotices.retryFailed()));
                totals = totals.plus(run);
                if (run.sent() > 0 || run.failed() > 0) {
                    LOG.info("Reminders for partnership {}: {} due, {} sent, {} failed, {} already done or in hand", tenant,
                            run.due(), run.sent(), run.failed(), run.skipped());
                }
            } catch (Exception e) {
                failed++;
                LOG.error("Reminders for partnership {} failed; the other partnerships still run", tenant, e);
            }
        }
        return new Result(tenants.size(), failed, totals);
    }
}
