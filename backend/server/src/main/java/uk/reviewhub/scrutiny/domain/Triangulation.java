package uk.reviewhub.scrutiny.domain;

import java.util.Collection;
import java.util.HashSet;

/**
 * Triangulation: a finding is triangulated when evidence of at least two different kinds supports
 * it (an observation and a focus group, staff feedback and an audit, ...). Several observations
 * alone are one kind of evidence. Pure.
 */
public final class Triangulation {

    /** How many kinds of evidence make a finding triangulated. */
    public static final int KINDS = 2;

    private Triangulation() {
    }

    /** Whether evidence of these kinds (OBSERVATION, FOCUS_GROUP, STAFF_FEEDBACK, FAMILY_FEEDBACK, AUDIT) triangulates. */
    public static boolean triangulated(Collection<String> kinds) {
        return new HashSet<>(kinds).size() >= KINDS;
    }
}
