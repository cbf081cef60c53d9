package uk.reviewhub.conference.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a person records about a child (the domain's copy of the request, field names as the API's). */
public record ChildDetails(String caseReference, String initials, LocalDate bornOn, LocalDate expectedOn, String borough,
                           UUID siblingOf, Integer version) {
}
