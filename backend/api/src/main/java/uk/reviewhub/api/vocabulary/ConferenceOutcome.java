package uk.reviewhub.api.vocabulary;

/** The decision of a child protection conference: at an initial conference a plan or no plan; at a review the plan continues or ends. */
public enum ConferenceOutcome {
    PLAN("Child protection plan"),
    NO_PLAN("No child protection plan"),
    PLAN_CONTINUES("Plan continues"),
    PLAN_ENDS("Plan ends");

    private final String label;

    ConferenceOutcome(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
