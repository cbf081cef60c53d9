package uk.reviewhub.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the claims of an authenticated request's access token. */
public record CurrentUser(UUID userId, Optional<UUID> tenantId, List<String> roles) {

    public static CurrentUser of(Authentication authentication) {
        UUID tenant = uuid(authentication.getAttributes().get(TokenClaims.TENANT));
        Collection<String> roles = authentication.getRoles();
        return new CurrentUser(UUID.fromString(authentication.getName()), Optional.ofNullable(tenant), List.copyOf(roles));
    }

    private static @Nullable UUID uuid(@Nullable Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }
}
