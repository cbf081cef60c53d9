package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * A deadline's clock read today: {@code status} NOT_STARTED, ON_TRACK, DUE_SOON, OVERDUE,
 * MET_ON_TIME or MET_LATE with its words in {@code statusLabel}; {@code rule} e.g.
 * "14 working days after the meeting".
 */
@Serdeable
public record ClockView(String code, String label, String rule, @Nullable LocalDate due, @Nullable LocalDate completedOn,
                        String status, String statusLabel, @Nullable Integer workingDaysRemaining,
                        @Nullable Integer workingDaysLate) {
}
