package uk.reviewhub.api.conference;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A chair of the service and their caseload: children allocated, conferences and reviews planned
 * in the coming weeks, and clocks overdue.
 */
@Serdeable
public record ChairCaseload(PersonRef chair, int children, int comingConferences, int overdue) {
}
