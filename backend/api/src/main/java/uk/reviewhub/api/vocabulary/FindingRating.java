package uk.reviewhub.api.vocabulary;

/** How a finding of a piece of scrutiny rates what it found, best first. */
public enum FindingRating {
    STRENGTH("A strength"),
    ADEQUATE("Adequate"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    CONCERN("A concern");

    private final String label;

    FindingRating(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
