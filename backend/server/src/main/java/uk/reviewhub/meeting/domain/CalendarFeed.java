package uk.reviewhub.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user's calendar feed; its URLs (carrying the secret token) only when it is made, else null and no groups. */
public record CalendarFeed(UUID id, Instant createdAt, Instant revokedAt, String memberUrl, List<GroupFeed> groups) {

    public record GroupFeed(UUID groupId, String name, String url) {
    }
}
