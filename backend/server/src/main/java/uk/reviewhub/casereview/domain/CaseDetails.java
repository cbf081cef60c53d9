package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.AgeBand;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.Ethnicity;
import uk.reviewhub.api.casereview.Nature;
import uk.reviewhub.api.casereview.Sex;

import java.time.LocalDate;
import java.util.UUID;

/** What is recorded about the case itself: how it came, what happened, the child, and its first dates. */
public record CaseDetails(CaseOrigin origin, Nature nature, String laCaseReference, String childIdentifier, AgeBand ageBand,
                          Sex sex, Ethnicity ethnicity, boolean lookedAfter, boolean cpPlan, UUID referringAgencyId,
                          LocalDate awareOn, LocalDate notifiedOn) {
}
