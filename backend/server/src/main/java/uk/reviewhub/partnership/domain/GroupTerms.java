package uk.reviewhub.partnership.domain;

import uk.reviewhub.pack.TermsOfReference;

/**
 * A version of a group's terms of reference (the API shows it as {@code TermsOfReferenceView}): the
 * terms themselves are the pack's record, as stored and read back by
 * {@code uk.reviewhub.partnership.persistence.TermsOfReferenceCodec}.
 */
public record GroupTerms(Group group, int version, TermsOfReference terms) {
}
