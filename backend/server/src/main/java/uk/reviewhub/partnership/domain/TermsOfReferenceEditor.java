package uk.reviewhub.partnership.domain;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.partnership.persistence.PartnershipQueries;
import uk.reviewhub.partnership.persistence.PartnershipQueries.TermsVersion;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Partnership admins edit a group's terms of reference: every edit is a new version (history is
 * kept), written only over the version the editor read. Versions say whether the pack or an admin
 * made them; once an admin has edited, a pack reload no longer adds versions, and the current
 * version says when a pack change was not applied. The review date raises a reminder
 * {@code reviewhub.terms-of-reference.review-reminder-days} (default 60) before it, and after it.
 */
@Singleton
public class TermsOfReferenceEditor {

    private static final Set<String> DIRECTIONS = Set.of("BEFORE", "AFTER");
    /** The pack schema's {@code code}: lower-case words joined by hyphens, at most 100 characters. */
    private static final Pattern CODE = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_CODE = 100;
    /** The pack schema's {@code text}. */
    private static final int MAX_LABEL = 2000;
    /** The pack schema's bound on a deadline's working days. */
    static final int MAX_WORKING_DAYS = 366;

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
        List<TermsVersion> versions = queries.termsOfReferenceVersions(group);
        String notApplied = versions.isEmpty() || !versions.getFirst().source().equals("ADMIN") ? null
                : queries.termsNotApplied(groupId).map(n -> "A change to these terms of reference in the partnership's pack "
                        + "(loaded on " + londonDate(n.loadedAt()) + ") was not applied, because an admin edited them on "
                        + londonDate(n.editedAt()) + " (version " + n.adminVersion() + ").").orElse(null);
        List<TermsOfReferenceState> states = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            states.add(state(versions.get(i), i == 0 ? notApplied : null));
        }
        return states;
    }

    @Transactional
    public TermsOfReferenceState update(UUID groupId, TermsOfReferenceUpdate u, UUID userId) {
        ReviewGroupSummary group = group(groupId);
        List<String> invalid = invalidFields(u);
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid.stream().map(TermsOfReferenceEditor::fieldProblem).toList());
        }
        List<String> problems = new ArrayList<>(problems(u));
        checks.forEach(check -> problems.addAll(check.problems(u)));
        if (!problems.isEmpty()) {
            throw new RuleNotMetException(String.join(" ", problems));
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

    /**
     * The deadlines', measures' and links' fields that cannot be saved, each naming its field (e.g.
     * {@code deadlines[2].code}): codes as the pack schema has them (lower-case words joined by
     * hyphens, each used once in its list), working days 0 to {@value #MAX_WORKING_DAYS} (the pack
     * schema's bound), targets 0 to 100 per cent, links not blank. Meetings read deadlines and
     * measures by code; one removed shows there as "no deadline set".
     */
    static List<String> invalidFields(TermsOfReferenceUpdate u) {
        List<String> invalid = new ArrayList<>();
        Set<String> deadlineCodes = new HashSet<>();
        for (int i = 0; i < u.deadlines().size(); i++) {
            TermsOfReferenceView.Deadline d = u.deadlines().get(i);
            Row row = new Row("Deadline " + (i + 1), "deadlines[" + i + "]", invalid);
            if (d == null) {
                row.add(null, "it is missing.");
                continue;
            }
            code(row, "deadline", d.code(), deadlineCodes);
            if (d.label() == null || d.label().isBlank() || d.label().length() > MAX_LABEL) {
                row.add("label", "give it a label (up to " + MAX_LABEL + " characters).");
            }
            if (d.workingDays() < 0 || d.workingDays() > MAX_WORKING_DAYS) {
                row.add("workingDays", "a deadline is 0 to " + MAX_WORKING_DAYS + " working days from the meeting.");
            }
        }
        Set<String> measureCodes = new HashSet<>();
        for (int i = 0; i < u.performanceMeasures().size(); i++) {
            TermsOfReferenceView.PerformanceMeasure m = u.performanceMeasures().get(i);
            Row row = new Row("Performance measure " + (i + 1), "performanceMeasures[" + i + "]", invalid);
            if (m == null) {
                row.add(null, "it is missing.");
                continue;
            }
            code(row, "performance measure", m.code(), measureCodes);
            if (m.label() == null || m.label().isBlank() || m.label().length() > MAX_LABEL) {
                row.add("label", "give it a label (up to " + MAX_LABEL + " characters).");
            }
            if (m.targetPercent() != null && (m.targetPercent() < 0 || m.targetPercent() > 100)) {
                row.add("targetPercent", "a target is 0 to 100 per cent.");
            }
        }
        for (int i = 0; i < u.links().size(); i++) {
            String link = u.links().get(i);
            if (link == null || link.isBlank() || link.length() > MAX_LABEL) {
                new Row("Link " + (i + 1), "links[" + i + "]", invalid).add(null, "a link is some words (up to " + MAX_LABEL + " characters).");
            }
        }
        return invalid;
    }

    /** "Deadline 2's label (deadlines[1].label): give it a label" names the field deadlines[1].label. */
    private static InvalidFieldException.FieldProblem fieldProblem(String sentence) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^)]+)\\):").matcher(sentence);
        return new InvalidFieldException.FieldProblem(m.find() ? m.group(1) : "termsOfReference", sentence);
    }

    /** A row of a list, named for the admin ("Deadline 2") and by its field ("deadlines[1]"). */
    private record Row(String name, String path, List<String> invalid) {
        void add(String field, String message) {
            invalid.add(name + (field == null ? " (" + path + ")" : "'s " + switch (field) {
                case "workingDays" -> "working days";
                case "targetPercent" -> "target";
                default -> field;
            } + " (" + path + "." + field + ")") + ": " + message);
        }
    }

    private static void code(Row row, String what, String code, Set<String> seen) {
        if (code == null || code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            row.add("code", "a " + what + "'s code is lower-case letters and digits in words joined by hyphens, "
                    + "e.g. agenda-items.");
        } else if (!seen.add(code)) {
            row.add("code", "two " + what + "s have the code " + code + "; each code is used once.");
        }
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
        Integer followUp = u.quorum().apologiesFollowUpAfter();
        if (followUp != null && (followUp < 2 || followUp > 12)) {
            problems.add("Apologies are followed up after 2 to 12 meetings in a row, or not at all.");
        }
        // Codes, working days and targets are checked field by field first (invalidFields, 400).
        if (u.deadlines().stream().anyMatch(d -> !DIRECTIONS.contains(d.direction()))) {
            problems.add("Each deadline has a code, working days (0 or more) and a direction BEFORE or AFTER.");
        }
        if (u.lastReviewedOn() != null && u.reviewDueOn() != null && u.reviewDueOn().isBefore(u.lastReviewedOn())) {
            problems.add("The review date is before the last review.");
        }
        return problems;
    }

    private TermsOfReferenceState state(TermsVersion v, String packChangeNotApplied) {
        TermsReview.State review = TermsReview.of(v.terms().reviewDueOn(), LondonTime.today(clock), reminderDays);
        return new TermsOfReferenceState(v.terms(), v.createdAt(), v.createdBy(), review.reminder().name(), review.text(),
                v.source(), packChangeNotApplied);
    }

    private static LocalDate londonDate(Instant instant) {
        return instant.atZone(LondonTime.ZONE).toLocalDate();
    }

    private ReviewGroupSummary group(UUID groupId) {
        return queries.group(groupId).orElseThrow(() -> new NotFoundException("No such group in this partnership."));
    }
}
