package uk.reviewhub.api.scrutiny;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A piece's findings by number, and the partnership's agencies that may own an action a recommendation puts on the CAP. */
@Serdeable
public record FindingsView(List<FindingView> findings, List<AgencyName> agencies) {

    @Serdeable
    public record AgencyName(UUID id, String name) {
    }
}
