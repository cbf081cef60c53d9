package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.MinutesStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The current minutes of a meeting: {@code number} 1 the original, higher numbers amendments;
 * approved minutes are {@code locked}. {@code circulation} is the terms of reference's circulation
 * clock (null where they set none); approved minutes carry {@code minuted} and {@code approvedBy}
 * (who approved them, by name).
 */
public record Minutes(UUID id, UUID meetingId, int number, MinutesStatus status, boolean locked, String amendmentReason,
                      Instant approvedAt, UUID approvedAtMeetingId, LocalDate circulatedOn, DeadlineClock circulation,
                      List<MinuteEntry> entries, int version, Minuted minuted, String approvedBy) {
}
