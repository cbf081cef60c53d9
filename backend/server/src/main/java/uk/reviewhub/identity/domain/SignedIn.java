package uk.reviewhub.identity.domain;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.security.AccessTokens;

import java.util.List;

/**
 * The outcome of a sign-in or refresh: a new token pair, and who it is for.
 *
 * @param partnership the partnership the access token works in; null for platform-only users
 */
public record SignedIn(
        AccessTokens.Issued accessToken,
        String refreshToken,
        Person user,
        @Nullable Membership partnership,
        List<Membership> memberships) {
}
