package uk.reviewhub.conference.domain;

import uk.reviewhub.api.vocabulary.IssueCategory;
import uk.reviewhub.api.vocabulary.IssueOutcome;
import uk.reviewhub.api.vocabulary.IssueStepKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An issue of the Issue Resolution Process ({@code irp_issue}, V37): about a child (by case
 * reference; {@code childChairId} the chair allocated to the child now), raised by a chair, at a stage
 * of the partnership's process since a day, answered at that stage or not, perhaps referred to Cafcass,
 * and its outcome (null while open).
 */
public record Issue(UUID id, UUID childId, String caseReference, UUID childChairId, IssueCategory category, String summary,
                    UUID raisedBy, String raisedByName, LocalDate raisedOn, String stageCode, int stagePosition,
                    LocalDate stageSince, LocalDate respondedOn, LocalDate cafcassReferredOn, IssueOutcome outcome,
                    LocalDate outcomeOn, int version) {

    public boolean open() {
        return outcome == null;
    }

    /** A step as recorded ({@code irp_step}): never changed. */
    public record Step(IssueStepKind kind, String stageCode, LocalDate on, String note, UUID recordedBy, String recordedByName,
                       Instant recordedAt) {
    }
}
