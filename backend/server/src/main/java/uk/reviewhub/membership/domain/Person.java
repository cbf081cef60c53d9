package uk.reviewhub.membership.domain;

import java.util.List;
import java.util.UUID;

/** A person with a role in the partnership, whom a seat may be linked to (the API shows it as {@code PartnershipPersonView}). */
public record Person(UUID id, String displayName, List<String> roles) {
}
