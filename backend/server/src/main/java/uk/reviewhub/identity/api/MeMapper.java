package uk.reviewhub.identity.api;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.SignInResponse;
import uk.reviewhub.identity.domain.Membership;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.identity.domain.SignedIn;
import uk.reviewhub.identity.domain.Person;

import java.util.List;

/** The API's words for a signed-in person: {@link Me} and the token pair of {@link SignInResponse}. */
public final class MeMapper {

    private MeMapper() {
    }

    /** Every way of signing in answers the same response (password, refresh, switching, an accepted invitation). */
    public static SignInResponse response(SignedIn signedIn) {
        return new SignInResponse(signedIn.accessToken().token(), "Bearer",
                signedIn.accessToken().lifetime().toSeconds(), signedIn.refreshToken(),
                me(signedIn.user(), signedIn.partnership(), signedIn.memberships()));
    }

    static Me me(SignInService.SignedInUser user) {
        return me(user.user(), user.partnership(), user.memberships());
    }

    private static Me me(Person user, @Nullable Membership partnership, List<Membership> memberships) {
        return new Me(user.id(), user.email(), user.displayName(),
                partnership == null ? null : ref(partnership),
                partnership == null ? List.of() : List.copyOf(partnership.roles()),
                List.copyOf(user.platformRoles()),
                memberships.stream().map(MeMapper::ref).toList());
    }

    private static Me.PartnershipRef ref(Membership membership) {
        return new Me.PartnershipRef(membership.partnershipId(), membership.slug(), membership.name());
    }
}
