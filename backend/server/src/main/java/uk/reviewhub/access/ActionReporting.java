package uk.reviewhub.access;

import uk.reviewhub.access.persistence.AccessQueries;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.security.CurrentUser;

import java.util.UUID;

/**
 * Who reports on a Composite Action Plan action (progress, evidence, completion, hand-off to
 * monitoring): the members of the agency that owns it, the chair or vice chair, and business
 * support. A member of another agency, a partnership admin or anyone else reads the plan but does
 * not report on it.
 */
@Singleton
public class ActionReporting {

    private final AccessQueries queries;

    ActionReporting(AccessQueries queries) {
        this.queries = queries;
    }

    /** The user's standing for the actions of one request, with their agency read once. */
    public Reporter of(CurrentUser user) {
        boolean everyAction = user.roles().contains(Roles.CHAIR) || user.roles().contains(Roles.VICE_CHAIR)
                || user.roles().contains(Roles.BUSINESS_SUPPORT);
        UUID agency = !everyAction && user.roles().contains(Roles.MEMBER) ? queries.agencyOf(user.userId()).orElse(null) : null;
        return new Reporter(everyAction, agency);
    }

    /**
     * @param everyAction whether the user reports on every agency's actions
     * @param agency      the member's own agency, when they report only on its actions
     */
    public record Reporter(boolean everyAction, @Nullable UUID agency) {

        public boolean mayReportOn(UUID owningAgency) {
            return everyAction || (agency != null && agency.equals(owningAgency));
        }

        /** Refuses (403) unless {@link #mayReportOn}; {@code agencyName} names the owning agency. */
        public void requireReporter(UUID owningAgency, String agencyName) {
            if (!mayReportOn(owningAgency)) {
                throw new ForbiddenException("Only members of " + agencyName + ", the chair or vice chair, or business support may "
                        + "record this action's progress, evidence, completion or hand-off to monitoring.");
            }
        }
    }
}
