package uk.reviewhub.api.vocabulary;

/** What a safeguarding episode of a child is: a child protection episode (from the strategy discussion) or a looked-after episode (from the day the child became looked after). */
public enum EpisodeKind {
    CHILD_PROTECTION("Child protection"),
    LOOKED_AFTER("Looked after");

    private final String label;

    EpisodeKind(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
