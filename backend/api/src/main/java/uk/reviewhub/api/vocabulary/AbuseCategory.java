package uk.reviewhub.api.vocabulary;

/** The category of a child protection plan: the main presenting concern (Working Together); it can change at a review. */
public enum AbuseCategory {
    NEGLECT("Neglect"),
    PHYSICAL_ABUSE("Physical abuse"),
    EMOTIONAL_ABUSE("Emotional abuse"),
    SEXUAL_ABUSE("Sexual abuse");

    private final String label;

    AbuseCategory(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
