package uk.reviewhub.invitation.domain;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.api.vocabulary.PartnershipRole;

import java.util.UUID;

/** What an admin asks for: the person's email and name, their role, and optionally a seat to take. */
public record NewInvitation(String email, String displayName, PartnershipRole role, @Nullable UUID groupMemberId) {
}
