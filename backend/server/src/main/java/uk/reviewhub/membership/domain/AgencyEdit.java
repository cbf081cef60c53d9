package uk.reviewhub.membership.domain;

import java.time.LocalDate;

/**
 * An agency to add ({@code code} required) or an agency's new fields over the {@code version} read
 * (the API's {@code AgencyRequest}); {@code kind} as the admin sent it: {@link MembershipAdmin} checks it.
 */
public record AgencyEdit(String code, String name, String kind, boolean statutoryPartner, LocalDate compactSignedOn, String reason,
                         Integer version) {
}
