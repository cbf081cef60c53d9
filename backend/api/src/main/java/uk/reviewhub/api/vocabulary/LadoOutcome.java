package uk.reviewhub.api.vocabulary;

/**
 * How an allegation against a person who works with children ended (Working Together 2023, ch. 4):
 * substantiated, unsubstantiated, false, malicious or unfounded.
 */
public enum LadoOutcome {
    SUBSTANTIATED("Substantiated"),
    UNSUBSTANTIATED("Unsubstantiated"),
    FALSE("False"),
    MALICIOUS("Malicious"),
    UNFOUNDED("Unfounded");

    private final String label;

    LadoOutcome(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
