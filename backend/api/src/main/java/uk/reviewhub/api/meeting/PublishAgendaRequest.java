package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Publish the agenda with its papers. {@code revision} is the latest published revision the chair
 * read (0 when the agenda has not been published): if someone published since, the request is
 * refused (409) rather than publishing over an agenda the chair has not seen.
 */
@Serdeable
public record PublishAgendaRequest(@PositiveOrZero int revision) {
}
