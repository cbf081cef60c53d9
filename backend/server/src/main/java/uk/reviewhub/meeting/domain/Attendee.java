package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.api.vocabulary.AgencyKind;
import uk.reviewhub.api.vocabulary.GroupRole;

import java.util.Objects;
import java.util.UUID;

/**
 * One seat's attendance at a meeting, as the quorum rule reads it.
 *
 * @param memberId           the seat (group member)
 * @param agencyId           the seat's agency: agencies are counted by id, so two trusts of one kind are two agencies
 * @param agencyName         for the verdict's wording
 * @param agencyKind         e.g. POLICE, for rules that require agencies of a kind
 * @param role               the seat's role in the group, e.g. CHAIR
 * @param status             present, apologies, absent or represented by a deputy
 * @param delegatedAuthority for a deputy: whether they hold the member's delegated authority
 */
public record Attendee(UUID memberId, UUID agencyId, String agencyName, AgencyKind agencyKind, GroupRole role,
                       AttendanceStatus status, boolean delegatedAuthority) {

    public Attendee {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(agencyKind, "agencyKind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }
}
