package uk.reviewhub.api.vocabulary;

/** A dated event of an episode other than a conference: the first core group (child protection), the reviewing officer allocated and the 9-months-plus panel check (looked after), and the end of a looked-after episode. */
public enum EpisodeEvent {
    FIRST_CORE_GROUP("First core group held"),
    IRO_ALLOCATED("Independent reviewing officer allocated"),
    PANEL_CHECKED("9-months-plus panel check recorded"),
    ENDED("Episode ended");

    private final String label;

    EpisodeEvent(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
