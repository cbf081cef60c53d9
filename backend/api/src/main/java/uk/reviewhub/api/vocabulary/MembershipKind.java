package uk.reviewhub.api.vocabulary;

/** On what footing a seat is held in a review group. */
public enum MembershipKind {
    STANDING("Standing"),
    CO_OPTED("Co-opted"),
    LEGAL_ADVICE("Legal advice"),
    INVITED("Invited");

    private final String label;

    MembershipKind(String label) {
        this.label = label;
    }

    /** In words, as a label: "Co-opted". */
    public String label() {
        return label;
    }
}
