package uk.reviewhub.pack;

import uk.reviewhub.api.vocabulary.MembershipKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import java.time.LocalDate;

/** A seat in a group, named by the post held; {@code positionTitle} is unique within the group. */
public record Member(
        String positionTitle,
        String agencyCode,
        GroupRole groupRole,
        MembershipKind membershipKind,
        LocalDate startDate,
        LocalDate endDate) {
}
