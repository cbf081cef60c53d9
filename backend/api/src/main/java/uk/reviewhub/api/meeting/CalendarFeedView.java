package uk.reviewhub.api.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user's calendar feed. The URLs (which carry the secret token) are only given when the feed is
 * created; the token is never stored, so a lost URL means revoking the feed and making another.
 */
@Serdeable
public record CalendarFeedView(UUID id, Instant createdAt, @Nullable Instant revokedAt, @Nullable String memberUrl,
                               List<GroupFeed> groups) {

    /** The feed of one group's meetings. */
    @Serdeable
    public record GroupFeed(UUID groupId, String name, String url) {
    }
}
