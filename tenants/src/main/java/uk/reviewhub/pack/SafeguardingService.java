package uk.reviewhub.pack;

/**
 * A partnership's safeguarding service (child protection conferences and looked-after children's
 * reviews, chaired per child), when its pack turns it on with {@code safeguardingService:}.
 *
 * @param group         the code of the group whose terms of reference are the service's: their
 *                      quorum is the conference quorum
 * @param midwayReviews whether the partnership runs midway reviews between looked-after reviews
 * @param chairCaseloadLimit the most children a chair should hold (the measure {@code chair-caseloads}
 *                      counts the chairs within it); null when the partnership sets none
 */
public record SafeguardingService(String group, boolean midwayReviews, Integer chairCaseloadLimit) {

    public SafeguardingService(String group, boolean midwayReviews) {
        this(group, midwayReviews, null);
    }
}
