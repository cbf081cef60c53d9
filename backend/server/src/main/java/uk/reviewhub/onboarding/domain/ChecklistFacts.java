package uk.reviewhub.onboarding.domain;

/**
 * What the set-up checklist is computed from, read from the partnership's own data, so leaving and
 * coming back finds the same state.
 *
 * @param statutoryPartners the three statutory partners (local authority, police, health) are there
 * @param agencies          how many agencies there are
 * @param chair             a review group has a current chair's seat
 * @param adminSeats        an admin has added a seat to a review group
 * @param termsComplete     a group's current terms of reference have a cadence rule, a quorum, at least
 *                          one deadline and one measure, and a review date
 * @param templateEdited    an admin has saved a template of their own
 * @param people            how many people hold a role in the partnership
 * @param meeting           a meeting is planned (or held)
 * @param comparators       the partnership's child population (0–17) and region, which the national figures'
 *                          rates and comparisons need, are set
 */
public record ChecklistFacts(boolean statutoryPartners, int agencies, boolean chair, boolean adminSeats, boolean termsComplete,
                             boolean templateEdited, int people, boolean meeting, boolean comparators) {
}
