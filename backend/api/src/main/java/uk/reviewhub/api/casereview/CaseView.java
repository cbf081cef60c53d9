package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case with every step recorded so far, its timeline and learning themes. */
@Serdeable
public record CaseView(
        UUID id,
        CaseOrigin origin,
        Nature nature,
        String laCaseReference,
        String childIdentifier,
        AgeBand ageBand,
        Sex sex,
        Ethnicity ethnicity,
        boolean lookedAfter,
        boolean cpPlan,
        @Nullable UUID referringAgencyId,
        LocalDate awareOn,
        @Nullable LocalDate notifiedOn,
        CaseStage stage,
        int version,
        @Nullable RapidReviewView rapidReview,
        @Nullable DecisionView decision,
        @Nullable CommissionedReviewView review,
        List<TimelineStep> timeline,
        List<uk.reviewhub.api.learning.LearningThemeView> themes) {
}
