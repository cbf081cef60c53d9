package uk.reviewhub.partnership.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.partnership.persistence.PartnershipQueries;
import uk.reviewhub.partnership.persistence.PartnershipQueries.TermsVersion;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.web.ConflictException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Partnership admins edit a group's terms of reference: every edit is a new version (history is
 * kept), written only over the version the editor read. The review date raises a reminder
 * {@code reviewhub.terms-of-reference.review-reminder-days} (default 60) before it, and after it.
 */
@Singleton
public class TermsOfReferenceEditor {

    private static final Set<String> DIRECTIONS = Set.of("BEFORE", "AFTER");

    private final PartnershipQueries queries;
    private final Clock clock;
    private final int reminderDays;
    private final List<TermsOfReferenceCheck> checks;

    TermsOfReferenceEditor(PartnershipQueries queries, Clock clock,
                           @Value("${reviewhub.terms-of-reference.review-reminder-days:60}") int reminderDays,
                           List<TermsOfReferenceCheck> checks) {
        this.queries = queries;
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.checks = checks;
    }

    public List<TermsOfReferenceState> versions(UUID groupId) {
        ReviewGroupSummary group = group(groupId);
        return queries.termsOfReferenceVersions(group).stream().map(this::state).toList();
    }

    @Transactional
    public TermsOfReferenceState update(UUID groupId, TermsOfReferenceUpdate u, UUID userId) {
        ReviewGroupSummary group = group(groupId);
        List<String> problems = new ArrayList<>(problems(u));
        checks.forEach(check -> problems.addAll(check.problems(u)));
        if (!problems.isEmpty()) {
            throw new HttpStatusException(HttpStatus.UNPROCESSABLE_ENTITY, String.join(" ", problems));
        }
        TermsOfReferenceView terms = new TermsOfReferenceView(group, u.version() + 1, u.purpose().strip(), u.functions(),
                u.reportingLine(), u.cadence(), u.quorum(), u.deadlines(), u.performanceMeasures(), u.links(),
                u.lastReviewedOn(), u.reviewDueOn());
        if (queries.insertTermsOfReference(groupId, u.version(), terms, userId) == 0) {
            throw new ConflictException("The terms of reference were changed by someone else since you read version "
                    + u.version() + ": reload and try again.");
        }
        return versions(groupId).getFirst();
    }

    static List<String> problems(TermsOfReferenceUpdate u) {
        List<String> problems = new ArrayList<>();
        if (u.cadence().description() == null || u.cadence().description().isBlank()) {
            problems.add("Describe the cadence.");
        }
        if (u.cadence().durationMinutes() != null && (u.cadence().durationMinutes() < 1 || u.cadence().durationMinutes() > 1440)) {
            problems.add("A meeting lasts from 1 to 1440 minutes.");
        }
        if (u.cadence().rrule() != null && !u.cadence().rrule().isBlank() && !u.cadence().rrule().contains("FREQ=")) {
            problems.add("The cadence's RRULE needs a FREQ.");
        }
        if (u.quorum().minimumDistinctAgencies() != null && u.quorum().minimumDistinctAgencies() < 0) {
            problems.add("The quorum's minimum number of agencies cannot be negative.");
        }
        for (TermsOfReferenceView.Deadline d : u.deadlines()) {
            if (d.code() == null || d.code().isBlank() || !DIRECTIONS.contains(d.direction()) || d.workingDays() < 0) {
                problems.add("Each deadline has a code, working days (0 or more) and a direction BEFORE or AFTER.");
                break;
            }
        }
        for (TermsOfReferenceView.PerformanceMeasure m : u.performanceMeasures()) {
            if (m.code() == null || m.code().isBlank() || (m.targetPercent() != null && (m.targetPercent() < 0 || m.targetPercent() > 100))) {
                problems.add("Each performance measure has a code, and a target from 0 to 100 percent if any.");
                break;
            }
        }
        if (u.lastReviewedOn() != null && u.reviewDueOn() != null && u.reviewDueOn().isBefore(u.lastReviewedOn())) {
            problems.add("The review date is before the last review.");
        }
        return problems;
    }

    private TermsOfReferenceState state(TermsVersion v) {
        TermsReview.State review = TermsReview.of(v.terms().reviewDueOn(), LondonTime.today(clock), reminderDays);
        return new TermsOfReferenceState(v.terms(), v.createdAt(), v.createdBy(), review.reminder().name(), review.text());
    }

    private ReviewGroupSummary group(UUID groupId) {
        return queries.group(groupId).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such group in this partnership."));
    }
}
