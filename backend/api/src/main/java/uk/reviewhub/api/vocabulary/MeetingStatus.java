package uk.reviewhub.api.vocabulary;

/** Where a meeting stands. */
public enum MeetingStatus {
    PLANNED("Planned"),
    HELD("Held"),
    CANCELLED("Cancelled"),
    MOVED("Moved");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    /** In words, as a label: "Cancelled". */
    public String label() {
        return label;
    }

    /** Still to be held: planned or moved (not held, not cancelled). */
    public boolean ahead() {
        return this == PLANNED || this == MOVED;
    }
}
