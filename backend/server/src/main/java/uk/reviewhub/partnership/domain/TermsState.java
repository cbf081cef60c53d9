package uk.reviewhub.partnership.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a group's terms of reference with when and by whom it was made, its review
 * reminder, whether the pack (PACK) or an admin (ADMIN) made it, and on the current version why a
 * pack change was not applied (the API shows it as {@code TermsOfReferenceState}).
 */
public record TermsState(GroupTerms terms, Instant createdAt, UUID createdBy, TermsReview.State review, String source,
                         String packChangeNotApplied) {
}
