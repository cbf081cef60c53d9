package uk.reviewhub.api.actionplan;

/** Red, amber, green, or blue for complete. Shown with its words, never by colour alone. */
public enum Rag {
    RED("Red: overdue"),
    AMBER("Amber: due soon or behind"),
    GREEN("Green: on track"),
    BLUE("Blue: complete");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
