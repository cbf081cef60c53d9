package uk.reviewhub.partnership.domain;

import uk.reviewhub.api.vocabulary.AgencyKind;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member agency of the partnership (the API shows it as {@code AgencyView}). {@code source} is
 * PACK or ADMIN; {@code version} is what an update must send back.
 */
public record Agency(UUID id, String code, String name, AgencyKind kind, boolean statutoryPartner, LocalDate compactSignedOn,
                     String source, Integer version) {
}
