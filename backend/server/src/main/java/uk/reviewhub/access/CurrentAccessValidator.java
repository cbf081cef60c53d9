package uk.reviewhub.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import uk.reviewhub.security.ReadsDatabase;
import uk.reviewhub.security.TokenClaims;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Refuses (401) an access token whose person no longer holds what it claims ({@link AccessCheck}). */
@Singleton
class CurrentAccessValidator<T> implements GenericJwtClaimsValidator<T>, ReadsDatabase {

    private final AccessCheck access;

    CurrentAccessValidator(AccessCheck access) {
        this.access = access;
    }

    @Override
    public boolean wouldRead(Claims claims) {
        try {
            return !access.knows(UUID.fromString(String.valueOf(claims.get(Claims.SUBJECT))));
        } catch (IllegalArgumentException malformed) {
            return false; // refused without a read
        }
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        try {
            UUID user = UUID.fromString(String.valueOf(claims.get(Claims.SUBJECT)));
            Object tenant = claims.get(TokenClaims.TENANT);
            Object jti = claims.get("jti");
            Object roles = claims.get(TokenClaims.ROLES);
            Collection<String> claimed = roles instanceof Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
            return access.allows(user, tenant == null ? null : UUID.fromString(tenant.toString()), claimed,
                    jti == null ? null : UUID.fromString(jti.toString()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
