package uk.reviewhub.api.vocabulary;

/** Where an invitation stands. EXPIRED is not stored: a pending invitation whose link is past its expiry. */
public enum InvitationStatus {
    PENDING("Waiting for an answer"),
    EXPIRED("Link expired"),
    ACCEPTED("Accepted"),
    REVOKED("Revoked");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
