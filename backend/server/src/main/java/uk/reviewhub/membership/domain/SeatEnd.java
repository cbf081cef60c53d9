package uk.reviewhub.membership.domain;

import java.time.LocalDate;

/** Ends a seat on {@code endDate}, why, over the {@code version} read (the API's {@code EndMembershipRequest}). */
public record SeatEnd(LocalDate endDate, String reason, Integer version, Boolean confirmNoChair) {
}
