package uk.reviewhub.platform.domain;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the {@link OffboardingJob} every {@code reviewhub.offboarding.interval} (default 1 hour),
 * first {@code reviewhub.offboarding.initial-delay} after start-up (default 5 minutes). Off when
 * {@code reviewhub.offboarding.enabled} is false (the tests turn it off and call the job directly).
 */
@Singleton
@Requires(property = "reviewhub.offboarding.enabled", notEquals = "false")
class OffboardingSchedule {

    private final OffboardingJob job;

    OffboardingSchedule(OffboardingJob job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${reviewhub.offboarding.interval:1h}", initialDelay = "${reviewhub.offboarding.initial-delay:5m}")
    void run() {
        job.run();
    }
}
