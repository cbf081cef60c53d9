package uk.reviewhub.platform.domain;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * One run of the offboarding: deletes every offboarded partnership whose grace period is over, each
 * in its own transaction (one failure is logged and the others still go). Safe on several replicas
 * running it at once: the database locks the partnership's row, so a second deletion waits for the
 * first and then finds nothing to delete (counted and recorded once: {@code PlatformConsoleSpec}).
 */
@Singleton
public class OffboardingJob {

    private static final Logger LOG = LoggerFactory.getLogger(OffboardingJob.class);

    private final PlatformConsole console;

    OffboardingJob(PlatformConsole console) {
        this.console = console;
    }

    /** Answers how many partnerships were deleted. */
    public int run() {
        int deleted = 0;
        for (UUID id : console.dueForDeletion()) {
            try {
                if (console.deleteDue(id).isPresent()) {
                    deleted++;
                }
            } catch (RuntimeException e) {
                LOG.error("Offboarding: partnership {} could not be deleted; it is tried again next run", id, e);
            }
        }
        return deleted;
    }
}
