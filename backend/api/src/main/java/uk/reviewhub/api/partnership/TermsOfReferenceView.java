package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * The current version of a review group's terms of reference, as loaded from the partnership's
 * pack (or as since edited by its admins).
 */
@Serdeable
public record TermsOfReferenceView(
        ReviewGroupSummary group,
        int version,
        String purpose,
        List<String> functions,
        @Nullable String reportingLine,
        Cadence cadence,
        Quorum quorum,
        List<Deadline> deadlines,
        List<PerformanceMeasure> performanceMeasures,
        List<String> links,
        @Nullable LocalDate lastReviewedOn,
        @Nullable LocalDate reviewDueOn) {

    /**
     * An RFC 5545 RRULE plus its plain-English description, e.g. "Second Monday of each month".
     * {@code rrule} is null where meetings are held per case to statutory timescales (the
     * tri-borough's conferences and reviews).
     */
    @Serdeable
    public record Cadence(
            @Nullable String rrule,
            String description,
            @Nullable Integer durationMinutes,
            @Nullable Integer minimumMeetingsPerYear,
            @Nullable String notes) {
    }

    /**
     * The quorum rule. {@code minimumDistinctAgencies} present; agencies of {@code requiredAgencyKinds}
     * present; at least one of {@code requiredAnyOfRoles} present; whether deputies with delegated
     * authority count. {@code apologiesFollowUpAfter}: apologies for this many consecutive meetings
     * make a follow-up for the chair; null for none.
     */
    @Serdeable
    public record Quorum(
            String description,
            @Nullable Integer minimumDistinctAgencies,
            List<String> requiredAgencyKinds,
            List<String> requiredAnyOfRoles,
            boolean deputiesWithDelegatedAuthorityCount,
            @Nullable Integer apologiesFollowUpAfter) {

        /** An empty list may arrive absent (a client that leaves empty values out). */
        @Creator
        public Quorum {
            requiredAgencyKinds = requiredAgencyKinds == null ? List.of() : requiredAgencyKinds;
            requiredAnyOfRoles = requiredAnyOfRoles == null ? List.of() : requiredAnyOfRoles;
        }

        /** Terms that make no apology follow-up. */
        public Quorum(String description, @Nullable Integer minimumDistinctAgencies, List<String> requiredAgencyKinds,
                      List<String> requiredAnyOfRoles, boolean deputiesWithDelegatedAuthorityCount) {
            this(description, minimumDistinctAgencies, requiredAgencyKinds, requiredAnyOfRoles,
                    deputiesWithDelegatedAuthorityCount, null);
        }
    }

    /**
     * A deadline relative to a meeting, in working days: {@code direction} BEFORE or AFTER,
     * e.g. agenda items 10 working days BEFORE; minutes circulated 14 working days AFTER.
     */
    @Serdeable
    public record Deadline(String code, String label, int workingDays, String direction) {
    }

    /** {@code target} is a percentage where the measure is a rate (Salford: 90% of planned meetings). */
    @Serdeable
    public record PerformanceMeasure(String code, String label, @Nullable Integer targetPercent) {
    }
}
