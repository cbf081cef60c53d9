package uk.reviewhub.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group's performance measures over a period (London dates, both included), each with its light and a sentence. */
public record GroupMeasures(UUID groupId, String groupName, LocalDate from, LocalDate to, List<Measure> measures) {

    /**
     * {@code valuePercent} null when there was nothing to measure; {@code targetFromTermsOfReference}
     * false when the default target applied; {@code light} a {@link PerformanceMeasures.Light}'s name.
     */
    public record Measure(String code, String label, Integer valuePercent, int met, int of, int targetPercent,
                          boolean targetFromTermsOfReference, String light, String text) {
    }
}
