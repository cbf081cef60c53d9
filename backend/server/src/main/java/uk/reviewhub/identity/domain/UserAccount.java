package uk.reviewhub.identity.domain;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of {@code app_user} as a password sign-in needs it; everything else reads the {@link Person}. */
public record UserAccount(
        UUID id,
        String email,
        String displayName,
        String passwordHash,
        List<String> platformRoles,
        boolean active,
        int failedSignIns,
        @Nullable Instant lockedUntil) {

    /** Who this is, without the credentials. */
    public Person person() {
        return new Person(id, email, displayName, platformRoles, active);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
