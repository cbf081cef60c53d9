package uk.reviewhub.identity.domain;

import java.util.List;
import java.util.UUID;

/** A user's membership of one partnership, as {@code platform.memberships_of} reports it. */
public record Membership(UUID partnershipId, String slug, String name, List<String> roles) {
}
