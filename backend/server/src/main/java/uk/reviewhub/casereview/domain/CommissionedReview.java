package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.ReviewKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A commissioned review: scope, method, reviewer, its dates up to publication, milestones and recommendations. */
public record CommissionedReview(UUID id, ReviewKind reviewType, List<String> agenciesInScope, String methodology, String reviewer,
                                 LocalDate commissionedOn, LocalDate draftOn, LocalDate signedOffOn, LocalDate plannedPublicationOn,
                                 LocalDate publishedOn, LocalDate sentToPanelOn, int version, List<Milestone> milestones,
                                 List<Recommendation> recommendations) {

    /** This review as the one with {@code id} at {@code version}, with these milestones and recommendations. */
    public CommissionedReview as(UUID id, int version, List<Milestone> milestones, List<Recommendation> recommendations) {
        return new CommissionedReview(id, reviewType, agenciesInScope, methodology, reviewer, commissionedOn, draftOn, signedOffOn,
                plannedPublicationOn, publishedOn, sentToPanelOn, version, milestones, recommendations);
    }

    /** A milestone of the review. */
    public record Milestone(UUID id, String title, LocalDate dueOn, LocalDate completedOn, int version) {
    }

    /** A numbered recommendation of the review. */
    public record Recommendation(UUID id, int number, String text, int version) {
    }
}
