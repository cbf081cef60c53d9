package uk.reviewhub.conference.domain;

import uk.reviewhub.api.auth.Roles;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking, as the service sees them: the manager and the service's support see every child
 * of the service; a chair sees only the children allocated to them (any other is not found).
 */
public record Viewer(UUID userId, Set<String> roles) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public static Viewer of(UUID userId, Collection<String> roles) {
        return new Viewer(userId, Set.copyOf(roles));
    }

    public boolean seesWholeService() {
        return roles.contains(Roles.SAFEGUARDING_MANAGER) || roles.contains(Roles.SAFEGUARDING_SUPPORT);
    }

    public boolean isManager() {
        return roles.contains(Roles.SAFEGUARDING_MANAGER);
    }

    public boolean isChair() {
        return roles.contains(Roles.SAFEGUARDING_CHAIR);
    }

    /** Whether this person sees the child allocated to {@code chairId} (null: nobody yet). */
    public boolean sees(UUID chairId) {
        return seesWholeService() || (isChair() && userId.equals(chairId));
    }
}
