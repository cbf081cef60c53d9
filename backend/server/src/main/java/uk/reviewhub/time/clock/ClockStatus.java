package uk.reviewhub.time.clock;

/** Where a clock stands. Each has words as well as a colour, so status never depends on colour alone. */
public enum ClockStatus {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    MET_ON_TIME("Met on time"),
    MET_LATE("Met late"),
    /**
     * A date the clock needs is outside the bank-holiday data, so its working days cannot be
     * counted; the reading says which year is missing rather than guessing.
     */
    OUTSIDE_CALENDAR("Cannot be computed");

    private final String label;

    ClockStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == ON_TRACK || this == DUE_SOON || this == OVERDUE;
    }
}
