package uk.reviewhub.api.meeting;

import uk.reviewhub.api.vocabulary.AttendanceStatus;
import uk.reviewhub.api.vocabulary.GroupRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.StandingDeputy;

import java.util.UUID;

/**
 * One seat at a meeting. {@code status} is PRESENT, APOLOGIES, ABSENT or DEPUTY, or null while not
 * recorded; a DEPUTY has a {@code deputyName} and says whether they hold delegated authority.
 * {@code secondConsecutiveApologies}: apologies at this meeting and at the group's previous one
 * (not counting cancelled meetings), which some terms of reference ask the chair to follow up.
 * {@code standingDeputy}: the member's standing nominated deputy on the meeting's day, if any, which
 * the attendance form offers as the default deputy.
 */
@Serdeable
public record AttendanceView(
        UUID memberId,
        String positionTitle,
        GroupRole groupRole,
        AgencyView agency,
        @Nullable AttendanceStatus status,
        @Nullable String deputyName,
        boolean delegatedAuthority,
        boolean secondConsecutiveApologies,
        @Nullable Integer version,
        @Nullable StandingDeputy standingDeputy) {
}
