package uk.reviewhub.api.vocabulary;

/** The records of a conference or review, each issued within its clock. */
public enum RecordKind {
    DECISION_LETTER("Decision letter"),
    FULL_RECORD("Full record");

    private final String label;

    RecordKind(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
