package uk.reviewhub.partnership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The signed-in user's partnership, its statutory partners and its groups (the API shows it as {@code PartnershipView}). */
public record Partnership(UUID id, String slug, String name, String shortName, String formerName, LocalDate arrangementsPublished,
                          List<Agency> statutoryPartners, List<Group> groups) {
}
