package uk.reviewhub.pack;

import uk.reviewhub.api.vocabulary.AgencyKind;

/** A member agency; {@code compact} is null unless the agency's membership is by signed compact. */
public record Agency(String code, String name, AgencyKind kind, boolean statutoryPartner, Compact compact) {
}
