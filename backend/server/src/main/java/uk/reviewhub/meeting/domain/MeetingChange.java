package uk.reviewhub.meeting.domain;

import java.time.Instant;
import java.time.LocalDateTime;

/** A move ({@code change} MOVED) or cancellation (CANCELLED) of a meeting, with its reason; London times. */
public record MeetingChange(String change, LocalDateTime previousStart, LocalDateTime newStart, String reason,
                            Instant changedAt) {
}
