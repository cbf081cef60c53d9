package uk.reviewhub.api.vocabulary;

import java.util.Set;

/**
 * Where a piece of scrutiny stands: commissioned, under way, reporting, complete (reported to the
 * statutory partners), or withdrawn. It moves forward one step at a time; any open piece may be withdrawn.
 */
public enum ScrutinyStatus {
    COMMISSIONED("Commissioned"),
    IN_PROGRESS("In progress"),
    REPORTING("Reporting"),
    COMPLETE("Complete"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ScrutinyStatus(String label) {
        this.label = label;
    }

    /** In words, as a label. */
    public String label() {
        return label;
    }

    /** Still open: neither complete nor withdrawn. */
    public boolean open() {
        return this != COMPLETE && this != WITHDRAWN;
    }

    /** The statuses a piece may move to from this one. */
    public Set<ScrutinyStatus> next() {
        return switch (this) {
            case COMMISSIONED -> Set.of(IN_PROGRESS, WITHDRAWN);
            case IN_PROGRESS -> Set.of(REPORTING, WITHDRAWN);
            case REPORTING -> Set.of(COMPLETE, WITHDRAWN);
            case COMPLETE, WITHDRAWN -> Set.of();
        };
    }
}
