package uk.reviewhub.api.vocabulary;

/** What a platform admin (or the offboarding job) did to a partnership, as the platform's own record keeps it. */
public enum PlatformAction {
    SUSPENDED("Suspended"),
    REACTIVATED("Reactivated"),
    EXPORTED("Data exported"),
    OFFBOARDING_STARTED("Offboarding started"),
    OFFBOARDING_CANCELLED("Offboarding cancelled"),
    DELETED("Data deleted");

    private final String label;

    PlatformAction(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
