package uk.reviewhub.api.vocabulary;

/**
 * Where a partnership stands on the platform: active (its people sign in), suspended by a platform
 * admin (nobody signs in; its data is kept), or offboarding (exported and waiting out the grace
 * period before its data is deleted; nobody signs in, and the offboarding may be cancelled until then).
 */
public enum PartnershipStatus {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    OFFBOARDING("Offboarding");

    private final String label;

    PartnershipStatus(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
