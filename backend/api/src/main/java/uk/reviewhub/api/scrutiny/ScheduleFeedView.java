package uk.reviewhub.api.scrutiny;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A new calendar feed of the observations you are planned to make, for a calendar app: its secret
 * URL is answered this once (only its SHA-256 is kept). Revoke it with the calendar feeds' revoke.
 */
@Serdeable
public record ScheduleFeedView(java.util.UUID feedId, String url) {
}
