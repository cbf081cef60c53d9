package uk.reviewhub.api.partnership;

import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.MembershipKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One seat in a review group. People are named by the post they hold; {@code groupRole} is CHAIR,
 * VICE_CHAIR, MEMBER, MINUTE_TAKER or ADVISER; {@code membershipKind} is STANDING, CO_OPTED,
 * LEGAL_ADVICE or INVITED. A seat is current on a day when it has started (or has no start date)
 * and has not ended (no end date, or the end date is that day or later); {@code current} says so
 * for today. Ended seats stay as former members, with the {@code endReason}. {@code source} is
 * PACK (kept in step with the partnership pack) or ADMIN (managed by a partnership admin);
 * {@code version} is what an update must send back.
 */
@Serdeable
public record GroupMemberView(
        UUID id,
        AgencyView agency,
        String positionTitle,
        GroupRole groupRole,
        MembershipKind membershipKind,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable UUID userId,
        @Nullable String endReason,
        @Nullable StandingDeputy deputy,
        @Nullable String source,
        int version,
        boolean current) {

    /** Whether the seat is filled on {@code day}. */
    public boolean currentOn(LocalDate day) {
        return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
    }
}
