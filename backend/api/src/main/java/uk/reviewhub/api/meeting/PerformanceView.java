package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group's performance measures over a period, each with its traffic light and a sentence. */
@Serdeable
public record PerformanceView(UUID groupId, String groupName, LocalDate from, LocalDate to, List<Measure> measures) {

    /**
     * {@code valuePercent} is null when there was nothing to measure; {@code targetFromTermsOfReference}
     * false means the default target (100%) applied. {@code light} is GREEN, AMBER, RED or NO_DATA.
     */
    @Serdeable
    public record Measure(String code, String label, @Nullable Integer valuePercent, int met, int of, int targetPercent,
                          boolean targetFromTermsOfReference, String light, String text) {
    }
}
