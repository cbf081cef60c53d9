package uk.reviewhub.api.vocabulary;

/**
 * What an issue of the Issue Resolution Process is about (IRO Handbook ch. 6): the child's plan, or
 * the practice around it.
 */
public enum IssueCategory {
    CARE_PLAN("The care plan"),
    CHILD_PROTECTION_PLAN("The child protection plan"),
    PLACEMENT("Placement"),
    CONTACT("Contact with family"),
    DRIFT_AND_DELAY("Drift and delay"),
    PRACTICE("Practice"),
    RESOURCES("Resources or services"),
    OTHER("Other");

    private final String label;

    IssueCategory(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
