package uk.reviewhub.api.vocabulary;

/** A seat's role in a review group. */
public enum GroupRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice chair"),
    MEMBER("Member"),
    MINUTE_TAKER("Minute taker"),
    ADVISER("Adviser");

    private final String label;

    GroupRole(String label) {
        this.label = label;
    }

    /** In words, as a label: "Vice chair". */
    public String label() {
        return label;
    }

    /** Chair or vice chair: the roles that take the chair's decisions. */
    public boolean chairs() {
        return this == CHAIR || this == VICE_CHAIR;
    }
}
