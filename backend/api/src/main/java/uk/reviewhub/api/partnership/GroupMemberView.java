package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One seat in a review group. People are named by the post they hold; {@code groupRole} is CHAIR,
 * VICE_CHAIR, MEMBER, MINUTE_TAKER or ADVISER; {@code membershipKind} is STANDING, CO_OPTED,
 * LEGAL_ADVICE or INVITED.
 */
@Serdeable
public record GroupMemberView(
        UUID id,
        AgencyView agency,
        String positionTitle,
        String groupRole,
        String membershipKind,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate) {
}
