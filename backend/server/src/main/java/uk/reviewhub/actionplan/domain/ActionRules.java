package uk.reviewhub.actionplan.domain;

import java.util.Optional;

/** What an action must satisfy before it is stored. Pure. */
public final class ActionRules {

    private ActionRules() {
    }

    public static Optional<String> violation(ActionFields a) {
        if (a.completedOn() != null && (a.evidenceNotes() == null || a.evidenceNotes().isBlank())) {
            return Optional.of("An action can be completed only with evidence notes of what was done.");
        }
        if (a.handedToMonitoringOn() != null && a.completedOn() == null) {
            return Optional.of("Only a completed action can be handed to monitoring and evaluation.");
        }
        if (a.handedToMonitoringOn() != null && a.handedToMonitoringOn().isBefore(a.completedOn())) {
            return Optional.of("An action cannot be handed to monitoring and evaluation before it was completed.");
        }
        return Optional.empty();
    }
}
