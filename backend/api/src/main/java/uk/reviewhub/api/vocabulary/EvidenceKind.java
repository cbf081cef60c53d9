package uk.reviewhub.api.vocabulary;

/** Evidence a piece of scrutiny gathers other than by observing practice. */
public enum EvidenceKind {
    FOCUS_GROUP("Focus group"),
    STAFF_FEEDBACK("Feedback from staff"),
    FAMILY_FEEDBACK("Feedback from families"),
    AUDIT("Audit");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
