package uk.reviewhub.identity.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.identity.persistence.RefreshTokenQueries;
import uk.reviewhub.identity.persistence.UserQueries;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.NotFoundException;

import java.time.Clock;
import java.util.UUID;

/**
 * A signed-in person moves to another of their partnerships. Tokens carry one partnership at a
 * time, so a switch is a new pair issued by {@link SignInService#signInProven}; a partnership the
 * person holds no current role in is not found (404), as another tenant's data is. A partnership
 * whose password sign-in is off is entered only by a session its own single sign-on proved (403
 * otherwise, saying so), and the new session carries on what proved the one left.
 */
@Singleton
public class PartnershipSwitch {

    private final UserQueries users;
    private final RefreshTokenQueries refreshTokens;
    private final SignInService signIns;
    private final Clock clock;

    PartnershipSwitch(UserQueries users, RefreshTokenQueries refreshTokens, SignInService signIns, Clock clock) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.signIns = signIns;
        this.clock = clock;
    }

    /** @param refreshToken the session being left: what proved it decides where it may go */
    public SignedIn to(UUID userId, UUID partnershipId, String refreshToken) {
        Membership target = users.membershipsOf(userId).stream().filter(m -> m.partnershipId().equals(partnershipId))
                .findFirst().orElseThrow(() -> new NotFoundException("You hold no current role in that partnership."));
        UUID provenBy = refreshTokens.live(SignInService.sha256(refreshToken), clock.instant())
                .filter(holder -> holder.userId().equals(userId))
                .map(RefreshTokenQueries.Holder::ssoTenantId)
                .orElse(null);
        if (users.passwordSignInOff().contains(partnershipId) && !partnershipId.equals(provenBy)) {
            throw new ForbiddenException(target.name() + " signs in only through its organisation, and you signed in "
                    + "another way. Sign out, then choose \"Sign in with your organisation\" on the sign-in page.");
        }
        return signIns.signInProven(userId, partnershipId, provenBy);
    }
}
