package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDateTime;

/** A move or cancellation of a meeting, with its reason; times of the meeting in London time. */
@Serdeable
public record MeetingChangeView(String change, LocalDateTime previousStart, @Nullable LocalDateTime newStart,
                                String reason, Instant changedAt) {
}
