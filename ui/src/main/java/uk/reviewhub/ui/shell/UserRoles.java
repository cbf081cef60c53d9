package uk.reviewhub.ui.shell;

import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.ui.backend.SessionCredentials;

import java.util.List;

/**
 * Which controls to offer the signed-in user, mirroring the backend's role rules (the backend
 * decides; hiding a control only spares the user a 403): chairs and vice chairs do everything,
 * business support records dates and facts but makes no decisions, members read and report progress
 * on actions.
 */
public final class UserRoles {

    private UserRoles() {
    }

    private static List<String> roles() {
        return SessionCredentials.current().map(credentials -> credentials.me().roles()).orElse(List.of());
    }

    /** Chair or vice chair: decisions, commissioning, recommendations, actions, RAG overrides. */
    public static boolean decides() {
        List<String> roles = roles();
        return roles.contains(Roles.CHAIR) || roles.contains(Roles.VICE_CHAIR);
    }

    /** Chair, vice chair or business support: cases, dates, rapid review facts, milestones. */
    public static boolean records() {
        return decides() || roles().contains(Roles.BUSINESS_SUPPORT);
    }

    /** Anyone in the review group: also members, who report progress on actions. */
    public static boolean reportsProgress() {
        return records() || roles().contains(Roles.MEMBER);
    }

    /** Whether the signed-in user has any of {@code wanted} (an empty list: anyone signed in). */
    public static boolean hasAny(String... wanted) {
        List<String> roles = roles();
        return wanted.length == 0 || java.util.Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Partnership admin: templates, terms of reference. */
    public static boolean administers() {
        return roles().contains(Roles.PARTNERSHIP_ADMIN);
    }

    /** Partnership admin, chair or vice chair: the partnership's taxonomy of learning themes (add, rename, retire). */
    public static boolean managesThemes() {
        List<String> roles = roles();
        return roles.contains(Roles.PARTNERSHIP_ADMIN) || roles.contains(Roles.CHAIR) || roles.contains(Roles.VICE_CHAIR);
    }

    /** Partnership admin: the groups' members and the partnership's agencies (add, change, end). */
    public static boolean managesMembership() {
        return roles().contains(Roles.PARTNERSHIP_ADMIN);
    }
}
