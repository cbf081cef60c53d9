package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's roles in the partnership (PARTNERSHIP_ADMIN, CHAIR, VICE_CHAIR, MEMBER,
 * BUSINESS_SUPPORT), held from {@code startDate} to {@code endDate}, both included (null: no limit).
 * {@code current}: held today. A person with no current role has no access to the partnership.
 */
@Serdeable
public record PartnershipRoleView(
        UUID id,
        UUID userId,
        String displayName,
        String email,
        List<String> roles,
        @Nullable UUID agencyId,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable String endReason,
        boolean current,
        int version) {
}
