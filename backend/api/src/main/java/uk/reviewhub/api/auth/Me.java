package uk.reviewhub.api.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in user: the partnership they are working in (null for platform-only users) with their
 * roles in it, their platform roles, and the other partnerships they may switch to.
 */
@Serdeable
public record Me(
        UUID userId,
        String email,
        String displayName,
        @Nullable PartnershipRef partnership,
        List<String> roles,
        List<String> platformRoles,
        List<PartnershipRef> partnerships) {

    @Serdeable
    public record PartnershipRef(UUID id, String slug, String name) {
    }
}
