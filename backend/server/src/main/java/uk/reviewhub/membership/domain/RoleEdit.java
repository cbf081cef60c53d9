package uk.reviewhub.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's new partnership roles, agency and dates, why, over the {@code version} read (the API's {@code PartnershipRoleRequest}). */
public record RoleEdit(List<String> roles, UUID agencyId, LocalDate startDate, LocalDate endDate, String reason, Integer version) {
}
