package uk.reviewhub.identity.domain;

import java.util.List;
import java.util.UUID;

/**
 * A row of {@code app_user} as everything but a password sign-in sees it: who the person is, not
 * their password hash or failed sign-ins. Serving {@code /api/me}, a refresh or a switch of
 * partnership reads only these columns ({@code UserQueries.findById}); the password sign-in reads
 * the whole {@link UserAccount}.
 */
public record Person(
        UUID id,
        String email,
        String displayName,
        List<String> platformRoles,
        boolean active) {
}
