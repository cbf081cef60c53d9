package uk.reviewhub.api.meeting;

import uk.reviewhub.api.vocabulary.MeetingKind;
import uk.reviewhub.api.vocabulary.MeetingStatus;
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
 * {@code yourPart} is what the signed-in user may do in the meeting's group; it is given when one
 * meeting is read (null in lists and in answers to changes).
 */
@Serdeable
public record MeetingView(
        UUID id,
        UUID groupId,
        MeetingKind kind,
        String title,
        @Nullable LocalDate occurrenceDate,
        LocalDateTime scheduledStart,
        @Nullable Integer durationMinutes,
        @Nullable String location,
        MeetingStatus status,
        @Nullable String statusReason,
        @Nullable Boolean quorate,
        @Nullable String quorumSummary,
        int version,
        @Nullable YourPartView yourPart) {

    public MeetingView(UUID id, UUID groupId, MeetingKind kind, String title, LocalDate occurrenceDate,
                       LocalDateTime scheduledStart, Integer durationMinutes, String location, MeetingStatus status,
                       String statusReason, Boolean quorate, String quorumSummary, int version) {
        this(id, groupId, kind, title, occurrenceDate, scheduledStart, durationMinutes, location, status, statusReason,
                quorate, quorumSummary, version, null);
    }

    /** This meeting, with what the signed-in user may do in its group. */
    public MeetingView withYourPart(YourPartView part) {
        return new MeetingView(id, groupId, kind, title, occurrenceDate, scheduledStart, durationMinutes, location, status,
                statusReason, quorate, quorumSummary, version, part);
    }
}
