package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.api.vocabulary.IssueCategory;
import uk.reviewhub.api.vocabulary.IssueOutcome;
import uk.reviewhub.api.vocabulary.IssueStepKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An issue of the Issue Resolution Process, as the escalation register shows it: the child (by case
 * reference), category, summary, the chair who raised it and when, the stage it is at with its
 * response clock ({@code stageResponse}, from the day it reached the stage), the whole process's clock
 * ({@code resolution}: {@code irp-resolution} from {@code raisedOn}), the referral to Cafcass, the
 * outcome ({@code open} until there is one), its age in working days ({@code workingDaysOpen}, to the
 * outcome or today), {@code overdue} when either clock is overdue, and every step.
 */
@Serdeable
public record IssueView(UUID id, ChildRef child, IssueCategory category, String summary, PersonRef raisedBy, LocalDate raisedOn,
                        StageRef stage, LocalDate stageSince, @Nullable LocalDate respondedOn, TimelineStep stageResponse,
                        TimelineStep resolution, @Nullable LocalDate cafcassReferredOn, @Nullable IssueOutcome outcome,
                        @Nullable LocalDate outcomeOn, boolean open, int workingDaysOpen, boolean overdue,
                        List<IssueStepView> steps, int version) {

    /** The child, by id and the case-system reference. */
    @Serdeable
    public record ChildRef(UUID id, String caseReference) {
    }

    /** A stage of the process by code and name. */
    @Serdeable
    public record StageRef(String code, String name, boolean formal) {
    }

    /** A step as recorded: what, at which stage, on which day, the note, who recorded it and when. */
    @Serdeable
    public record IssueStepView(IssueStepKind kind, String stage, String stageName, LocalDate on, @Nullable String note,
                                PersonRef recordedBy, Instant recordedAt) {
    }
}
