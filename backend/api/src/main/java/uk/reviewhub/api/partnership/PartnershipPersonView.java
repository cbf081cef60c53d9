package uk.reviewhub.api.partnership;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A person with a role in the partnership, whom a seat may be linked to ({@code MemberRequest.userId}). */
@Serdeable
public record PartnershipPersonView(UUID id, String displayName, List<String> roles) {
}
