package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** Approve (and so lock) the draft minutes, usually at the group's next meeting ({@code atMeetingId}). */
@Serdeable
public record ApproveMinutesRequest(int version, @Nullable UUID atMeetingId) {
}
