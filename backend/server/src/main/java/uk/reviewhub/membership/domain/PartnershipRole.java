package uk.reviewhub.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's roles in the partnership, held from {@code startDate} to {@code endDate}, both included
 * (null: no limit); {@code current}: held on the day read (the API shows it as {@code PartnershipRoleView}).
 */
public record PartnershipRole(UUID id, UUID userId, String displayName, String email, List<String> roles, UUID agencyId,
                              LocalDate startDate, LocalDate endDate, String endReason, boolean current, int version) {
}
