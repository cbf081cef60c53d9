package uk.reviewhub.api.vocabulary;

/** Where a request for a new partnership stands. */
public enum RegistrationStatus {
    UNVERIFIED("Email not yet confirmed"),
    VERIFIED("Waiting for a decision"),
    APPROVED("Approved; set-up not yet done"),
    REJECTED("Rejected"),
    PROVISIONED("Set up");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
