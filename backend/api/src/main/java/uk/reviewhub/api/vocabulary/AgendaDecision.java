package uk.reviewhub.api.vocabulary;

/** The chair's decision on an item submitted for a meeting's agenda. */
public enum AgendaDecision {
    PROPOSED("Awaiting the chair"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    AgendaDecision(String label) {
        this.label = label;
    }

    /** In words, as a label: "Accepted". */
    public String label() {
        return label;
    }
}
