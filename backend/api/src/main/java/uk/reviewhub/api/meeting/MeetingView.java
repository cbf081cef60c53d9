package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting of a review group. {@code kind} is PLANNED (from the cadence; {@code occurrenceDate}
 * is the date the cadence gave, kept when the meeting moves) or EXTRA; {@code status} is PLANNED,
 * HELD, CANCELLED or MOVED; {@code scheduledStart} is London time. {@code quorate} and
 * {@code quorumSummary} are the verdict recorded with the meeting's attendance, null until
 * attendance is recorded (the live verdict with its reasons is at the meeting's quorum path).
 */
@Serdeable
public record MeetingView(
        UUID id,
        UUID groupId,
        String kind,
        String title,
        @Nullable LocalDate occurrenceDate,
        LocalDateTime scheduledStart,
        @Nullable Integer durationMinutes,
        @Nullable String location,
        String status,
        @Nullable String statusReason,
        @Nullable Boolean quorate,
        @Nullable String quorumSummary,
        int version) {
}
