package uk.reviewhub.membership.domain;

import java.time.LocalDate;

/** Ends a person's partnership roles after {@code lastDay} (null: now), why, over the {@code version} read (the API's {@code EndRoleRequest}). */
public record RoleEnd(LocalDate lastDay, String reason, Integer version) {
}
