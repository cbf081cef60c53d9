package uk.reviewhub.access;

import uk.reviewhub.access.persistence.AccessQueries;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import jakarta.inject.Singleton;
import uk.reviewhub.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signing out ends the access token it was made with too, not only the refresh token. */
@Singleton
public class SignOut {

    private final AccessQueries queries;
    private final AccessCheck access;
    private final Clock clock;

    SignOut(AccessQueries queries, AccessCheck access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    /** Records the request's access token as revoked until it expires. */
    public void revokeAccessToken(Authentication authentication) {
        UUID user = CurrentUser.of(authentication).userId();
        Object jti = authentication.getAttributes().get("jti");
        Instant expires = instant(authentication.getAttributes().get(Claims.EXPIRATION_TIME));
        if (jti != null && expires != null) {
            queries.revokeAccessToken(UUID.fromString(jti.toString()), user, expires, clock.instant());
        }
        access.forget(user);
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            case Number seconds -> Instant.ofEpochSecond(seconds.longValue());
            case null, default -> null;
        };
    }
}
