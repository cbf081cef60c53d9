package uk.reviewhub.api.vocabulary;

/** How a meeting came about: planned from the group's cadence, or added as an extra meeting. */
public enum MeetingKind {
    PLANNED("Planned from the cadence"),
    EXTRA("Extra meeting");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    /** In words, as a label: "Extra meeting". */
    public String label() {
        return label;
    }
}
