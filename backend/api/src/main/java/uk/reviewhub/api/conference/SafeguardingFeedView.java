package uk.reviewhub.api.conference;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A new iCalendar feed of the signed-in person's conferences and reviews: {@code url} holds its
 * secret token and is answered this once (only its SHA-256 is kept); {@code id} revokes it at
 * {@code DELETE /api/calendar-feeds/{id}}.
 */
@Serdeable
public record SafeguardingFeedView(UUID id, String url) {
}
