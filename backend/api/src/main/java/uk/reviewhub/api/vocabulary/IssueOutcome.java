package uk.reviewhub.api.vocabulary;

/** How an issue of the Issue Resolution Process ended: resolved, or closed without being resolved. */
public enum IssueOutcome {
    RESOLVED("Resolved"),
    CLOSED("Closed without resolution");

    private final String label;

    IssueOutcome(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
