package uk.reviewhub.api.vocabulary;

/** A conference or review of an episode: the initial child protection conference (pre-birth when the child is unborn), a child protection review conference, a looked-after child's review, or a midway review between looked-after reviews (where the partnership runs them). */
public enum ConferenceKind {
    INITIAL("Initial child protection conference"),
    REVIEW("Child protection review conference"),
    LAC_REVIEW("Looked-after child review"),
    MIDWAY_REVIEW("Midway review");

    private final String label;

    ConferenceKind(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
