package uk.reviewhub.api.vocabulary;

/** How a seat was filled at a meeting. */
public enum AttendanceStatus {
    /** The member attended. */
    PRESENT("Present"),
    /** The member sent apologies. */
    APOLOGIES("Apologies"),
    /** The member neither attended nor sent apologies. */
    ABSENT("Absent"),
    /** A deputy attended for the member, with or without delegated authority. */
    DEPUTY("Represented by a deputy");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    /** In words, as a label: "Represented by a deputy". */
    public String label() {
        return label;
    }
}
