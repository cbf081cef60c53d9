package uk.reviewhub.actionplan.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a person writes on an action (the plan and its progress), as stored. */
public record ActionFields(UUID agencyId, String owner, String description, LocalDate dueOn, int progressPercent,
                           String evidenceNotes, LocalDate completedOn, LocalDate handedToMonitoringOn) {
}
