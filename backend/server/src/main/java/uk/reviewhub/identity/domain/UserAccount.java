package uk.reviewhub.identity.domain;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of {@code app_user} as sign-in needs it. */
public record UserAccount(
        UUID id,
        String email,
        String displayName,
        String passwordHash,
        List<String> platformRoles,
        boolean active,
        int failedSignIns,
        @Nullable Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
