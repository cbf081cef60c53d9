package uk.reviewhub.api.vocabulary;

/** Minutes are a draft until approved; approved minutes are locked (changes are amendments). */
public enum MinutesStatus {
    DRAFT("Draft, not yet approved"),
    APPROVED("Approved");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    /** In words, as a label: "Approved". */
    public String label() {
        return label;
    }
}
