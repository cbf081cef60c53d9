package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The signed-in user's partnership: its name and its three statutory partners. */
@Serdeable
public record PartnershipView(
        UUID id,
        String slug,
        String name,
        String shortName,
        @Nullable String formerName,
        @Nullable LocalDate arrangementsPublished,
        List<AgencyView> statutoryPartners,
        List<ReviewGroupSummary> groups) {
}
