package uk.reviewhub.membership.domain;

import uk.reviewhub.partnership.domain.Deputy;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A seat to add, or a seat's new fields over the {@code version} read (the API's {@code MemberRequest}).
 * {@code groupRole} and {@code membershipKind} are as the admin sent them: {@link MembershipAdmin}
 * checks them. Taking the only current chair out of the chair's role needs {@code confirmNoChair}.
 */
public record SeatEdit(UUID agencyId, String positionTitle, String groupRole, String membershipKind, LocalDate startDate,
                       LocalDate endDate, UUID userId, Deputy deputy, String reason, Integer version, Boolean confirmNoChair) {
}
