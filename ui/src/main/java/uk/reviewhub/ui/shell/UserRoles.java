package uk.reviewhub.ui.shell;

/**
 * Which controls to offer the signed-in user, by name of what they do; each is a
 * {@link Capability}, the one place that mirrors the backend's role rules (the backend decides;
 * hiding a control only spares the user a 403).
 */
public final class UserRoles {

    private UserRoles() {
    }

    /** Chair or vice chair: decisions, commissioning, recommendations, actions, RAG overrides. */
    public static boolean decides() {
        return Capability.DECIDE.granted();
    }

    /** Chair, vice chair or business support: cases, dates, rapid review facts, milestones. */
    public static boolean records() {
        return Capability.RECORD_CASES.granted();
    }

    /** Anyone in the review group: also members, who report progress on actions. */
    public static boolean reportsProgress() {
        return Capability.REPORT_PROGRESS.granted();
    }

    /** Partnership admin: templates, terms of reference. */
    public static boolean administers() {
        return Capability.ADMINISTER.granted();
    }

    /** Partnership admin, chair or vice chair: the partnership's taxonomy of learning themes (add, rename, retire). */
    public static boolean managesThemes() {
        return Capability.MANAGE_THEMES.granted();
    }

    /** Partnership admin: the groups' members and the partnership's agencies (add, change, end). */
    public static boolean managesMembership() {
        return Capability.ADMINISTER.granted();
    }
}
