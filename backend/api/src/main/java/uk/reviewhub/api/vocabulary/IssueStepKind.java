package uk.reviewhub.api.vocabulary;

/**
 * A step of an issue of the Issue Resolution Process: raised, escalated to a later stage, a response
 * at the current stage, referred to Cafcass, and the outcome (resolved, or closed without resolution).
 */
public enum IssueStepKind {
    RAISED("Raised"),
    ESCALATED("Escalated"),
    RESPONSE("Response"),
    CAFCASS_REFERRAL("Referred to Cafcass"),
    RESOLVED("Resolved"),
    CLOSED("Closed");

    private final String label;

    IssueStepKind(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
