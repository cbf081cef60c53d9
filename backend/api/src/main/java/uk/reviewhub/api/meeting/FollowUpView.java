package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A task for the chair: the seat {@code memberId} sent apologies to {@code meetingId} and to the
 * group's meeting before it. {@code letterAvailable} when the partnership's apology follow-up letter
 * was made (at {@code /api/follow-ups/{id}/letter.pdf}, {@code .docx} or {@code .html});
 * otherwise {@code letterNote} says why not.
 */
@Serdeable
public record FollowUpView(UUID id, String kind, UUID groupId, UUID memberId, String positionTitle, String agencyName,
                           UUID meetingId, UUID previousMeetingId, String status, boolean letterAvailable,
                           @Nullable String letterNote, Instant createdAt) {
}
