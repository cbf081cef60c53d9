package uk.reviewhub.identity.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.identity.persistence.UserQueries;
import uk.reviewhub.problem.NotFoundException;

import java.util.UUID;

/**
 * A signed-in person moves to another of their partnerships. Tokens carry one partnership at a
 * time, so a switch is a new pair issued by {@link SignInService#signInProven}; a partnership the
 * person holds no current role in is not found (404), as another tenant's data is.
 */
@Singleton
public class PartnershipSwitch {

    private final UserQueries users;
    private final SignInService signIns;

    PartnershipSwitch(UserQueries users, SignInService signIns) {
        this.users = users;
        this.signIns = signIns;
    }

    public SignedIn to(UUID userId, UUID partnershipId) {
        boolean member = users.membershipsOf(userId).stream().anyMatch(m -> m.partnershipId().equals(partnershipId));
        if (!member) {
            throw new NotFoundException("You hold no current role in that partnership.");
        }
        return signIns.signInProven(userId, partnershipId);
    }
}
