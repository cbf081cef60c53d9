package uk.reviewhub.api.vocabulary;

/** A method of a piece of scrutiny: how its evidence is gathered. */
public enum ScrutinyMethod {
    FOCUS_GROUPS("Focus groups"),
    OBSERVATIONS("Observations of frontline practice"),
    AUDITS("Audits"),
    STAFF_SURVEY("Survey of staff"),
    FAMILY_SURVEY("Survey of families");

    private final String label;

    ScrutinyMethod(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }
}
