package uk.reviewhub.api.casereview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A commissioned review with its milestones and recommendations. */
@Serdeable
public record CommissionedReviewView(
        UUID id,
        ReviewKind reviewType,
        List<String> agenciesInScope,
        @Nullable String methodology,
        @Nullable String reviewer,
        LocalDate commissionedOn,
        @Nullable LocalDate draftOn,
        @Nullable LocalDate signedOffOn,
        @Nullable LocalDate plannedPublicationOn,
        @Nullable LocalDate publishedOn,
        @Nullable LocalDate sentToPanelOn,
        int version,
        List<MilestoneView> milestones,
        List<RecommendationView> recommendations) {
}
