package uk.reviewhub.api.conference;

import uk.reviewhub.api.validation.DateWindow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.vocabulary.AbuseCategory;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;

import java.time.LocalDate;

/**
 * The outcome of a conference or review. A child protection conference decides a plan or no plan
 * (initial) or whether the plan continues (review), with reasons, any dissent, and with a plan
 * its category, lead social worker, core group, outline and contingency plan. A looked-after
 * review records its scrutiny of the care plan (its decisions are SMART actions). {@code nextOn}:
 * the date set for the next review. {@code amendmentReason}: required to change an outcome whose
 * record is already issued (the amended record is then issued as a new version).
 */
@Serdeable
public record OutcomeRequest(
        @Nullable ConferenceOutcome outcome,
        @Nullable AbuseCategory category,
        @Nullable @Size(max = 4000) String reasons,
        @Nullable @Size(max = 4000) String dissent,
        @Nullable @Size(max = 200) String leadSocialWorker,
        @Nullable @Size(max = 2000) String coreGroup,
        @Nullable @Size(max = 8000) String outlinePlan,
        @Nullable @Size(max = 4000) String contingencyPlan,
        @Nullable @Size(max = 8000) String carePlanScrutiny,
        @Nullable @DateWindow LocalDate nextOn,
        @Nullable @Size(max = 2000) String amendmentReason,
        @Nullable Integer version) {
}
