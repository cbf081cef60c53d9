package uk.reviewhub.pack;

import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.api.vocabulary.AgencyKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A group's terms of reference. The shapes of {@link Cadence}, {@link Quorum}, {@link Deadline} and
 * {@link PerformanceMeasure} are those of the API's {@code TermsOfReferenceView} and of the jsonb
 * columns of {@code terms_of_reference}.
 */
public record TermsOfReference(
        String purpose,
        List<String> functions,
        String reportingLine,
        Cadence cadence,
        Quorum quorum,
        List<Deadline> deadlines,
        List<PerformanceMeasure> performanceMeasures,
        List<String> links,
        LocalDate lastReviewedOn,
        LocalDate reviewDueOn) {

    public TermsOfReference {
        functions = List.copyOf(functions);
        deadlines = List.copyOf(deadlines);
        performanceMeasures = List.copyOf(performanceMeasures);
        links = List.copyOf(links);
    }

    /** An RFC 5545 RRULE (null when meetings are per case) and its plain-English description. */
    public record Cadence(String rrule, String description, Integer durationMinutes,
                          Integer minimumMeetingsPerYear, String notes) {
    }

    /**
     * What the terms say about quorum and attendance; numbers only where they give one.
     * {@code apologiesFollowUpAfter}: apologies for this many consecutive meetings make a follow-up
     * for the chair (Salford's terms: 2); null when the terms say nothing.
     */
    public record Quorum(String description, Integer minimumDistinctAgencies, List<AgencyKind> requiredAgencyKinds,
                         List<GroupRole> requiredAnyOfRoles, boolean deputiesWithDelegatedAuthorityCount,
                         Integer apologiesFollowUpAfter) {
        public Quorum {
            requiredAgencyKinds = List.copyOf(requiredAgencyKinds);
            requiredAnyOfRoles = List.copyOf(requiredAnyOfRoles);
        }

        public Quorum(String description, Integer minimumDistinctAgencies, List<AgencyKind> requiredAgencyKinds,
                      List<GroupRole> requiredAnyOfRoles, boolean deputiesWithDelegatedAuthorityCount) {
            this(description, minimumDistinctAgencies, requiredAgencyKinds, requiredAnyOfRoles,
                    deputiesWithDelegatedAuthorityCount, null);
        }
    }

    public enum Direction { BEFORE, AFTER }

    /** A deadline in working days before or after a meeting. */
    public record Deadline(String code, String label, int workingDays, Direction direction) {
    }

    public record PerformanceMeasure(String code, String label, Integer targetPercent) {
    }
}
