package uk.reviewhub.api.scrutiny;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The scrutiny programme: whether the partnership's pack turns scrutiny on, its scrutineers today
 * (people with the SCRUTINEER role), and its pieces, newest commissioned first.
 */
@Serdeable
public record ProgrammeView(boolean enabled, List<PersonName> scrutineers, List<PieceSummary> pieces) {
}
