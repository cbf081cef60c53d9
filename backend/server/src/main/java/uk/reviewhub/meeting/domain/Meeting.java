package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.MeetingKind;
import uk.reviewhub.api.vocabulary.MeetingStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A meeting of a review group. {@code kind} PLANNED (from the cadence; {@code occurrenceDate} is the
 * date the cadence gave, kept when the meeting moves) or EXTRA; {@code scheduledStart} is London
 * time. {@code quorate} and {@code quorumSummary} are the verdict recorded with the attendance, null
 * until it is recorded. {@code yourPart} is what a given user may do in the meeting's group, when
 * one meeting is read for them (null otherwise).
 */
public record Meeting(UUID id, UUID groupId, MeetingKind kind, String title, LocalDate occurrenceDate,
                      LocalDateTime scheduledStart, Integer durationMinutes, String location, MeetingStatus status,
                      String statusReason, Boolean quorate, String quorumSummary, int version, YourPart yourPart) {

    /** This meeting, with what a user may do in its group. */
    public Meeting withYourPart(YourPart part) {
        return new Meeting(id, groupId, kind, title, occurrenceDate, scheduledStart, durationMinutes, location, status,
                statusReason, quorate, quorumSummary, version, part);
    }
}
