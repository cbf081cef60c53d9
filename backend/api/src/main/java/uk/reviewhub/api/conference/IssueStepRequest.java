package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.reviewhub.api.validation.DateWindow;
import uk.reviewhub.api.vocabulary.IssueStepKind;

import java.time.LocalDate;

/**
 * A step of an open issue: {@code ESCALATED} to {@code stage} (a later stage of the process: stages
 * may be skipped, never gone back to), a {@code RESPONSE} at the current stage, or a
 * {@code CAFCASS_REFERRAL} (where the partnership's process offers it; once). {@code on}: the day, from
 * the day the issue reached its stage to today. {@code note}: what was said or decided, without names
 * (refused at its field unless {@code noNamesConfirmed}). {@code version}: the issue's version read
 * (409 when stale).
 */
@Serdeable
public record IssueStepRequest(
        @NotNull IssueStepKind kind,
        @Nullable @Size(max = 60) String stage,
        @NotNull @DateWindow(yearsBack = 2, yearsAhead = 0) LocalDate on,
        @Nullable @Size(max = 2000) String note,
        @Nullable Boolean noNamesConfirmed,
        @Nullable Integer version) {
}
