package uk.reviewhub.partnership.domain;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.pack.TermsOfReference;
import uk.reviewhub.pack.TermsOfReferenceRules;
import uk.reviewhub.partnership.persistence.PartnershipQueries;
import uk.reviewhub.partnership.persistence.TermsOfReferenceCodec;
import uk.reviewhub.partnership.persistence.PartnershipQueries.TermsVersion;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Partnership admins edit a group's terms of reference: every edit is a new version (history is
 * kept), written only over the version the editor read. An edit is checked by the same rules as a
 * pack ({@link TermsOfReferenceRules}: the pack schema and the pack reader's checks), and refused
 * with 400 and every problem, each naming its field, in the words a pack gets. Versions say whether the pack or an admin
 * made them; once an admin has edited, a pack reload no longer adds versions, and the current
 * version says when a pack change was not applied. The review date raises a reminder
 * {@code reviewhub.terms-of-reference.review-reminder-days} (default 60) before it, and after it.
 */
@Singleton
public class TermsOfReferenceEditor {

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

    public List<TermsState> versions(UUID groupId) {
        Group group = group(groupId);
        List<TermsVersion> versions = queries.termsOfReferenceVersions(group);
        String notApplied = versions.isEmpty() || !versions.getFirst().source().equals("ADMIN") ? null
                : queries.termsNotApplied(groupId).map(n -> "A change to these terms of reference in the partnership's pack "
                        + "(loaded on " + londonDate(n.loadedAt()) + ") was not applied, because an admin edited them on "
                        + londonDate(n.editedAt()) + " (version " + n.adminVersion() + ").").orElse(null);
        List<TermsState> states = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            states.add(state(versions.get(i), i == 0 ? notApplied : null));
        }
        return states;
    }

    /**
     * Writes {@code edit} as the next version. The pack's rules read it first, in the pack's shape, so
     * that a form, the API and a pack get the same answers; then the checks of other features.
     */
    @Transactional
    public TermsState update(UUID groupId, TermsEdit edit, UUID userId) {
        group(groupId);
        // The pack's rules, in the pack's words (one home: TermsOfReferenceRules), each naming its field.
        List<InvalidFieldException.FieldProblem> invalid = new ArrayList<>(TermsOfReferenceRules.check(edit.terms(),
                queries.agencies().size()).stream().map(p -> new InvalidFieldException.FieldProblem(p.field(), p.message())).toList());
        // A quorum counts the agencies of the group's own seats: no more than they come from (when it has seats).
        JsonNode minimumNode = edit.terms().path("quorum").path("minimumDistinctAgencies");
        Integer minimum = minimumNode.isIntegralNumber() ? minimumNode.asInt() : null;
        if (invalid.isEmpty() && minimum != null) {
            long seatAgencies = queries.members(groupId, LondonTime.today(clock)).stream()
                    .filter(row -> row.member().current()).map(row -> row.agency().id()).distinct().count();
            if (seatAgencies > 0 && minimum > seatAgencies) {
                var problem = TermsOfReferenceRules.problem("quorum.minimumDistinctAgencies", "a quorum of " + minimum
                        + " agencies can never be met: the group's current members come from " + seatAgencies + ".");
                invalid.add(new InvalidFieldException.FieldProblem(problem.field(), problem.message()));
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid);
        }
        // The rules passed, so the pack's shape reads as terms (one codec: TermsOfReferenceCodec).
        TermsOfReference read = TermsOfReferenceCodec.read(edit.terms());
        TermsOfReference terms = new TermsOfReference(read.purpose().strip(), read.functions(), read.reportingLine(), read.cadence(),
                read.quorum(), read.deadlines(), read.performanceMeasures(), read.links(), read.lastReviewedOn(), read.reviewDueOn());
        checks.forEach(check -> check.problems(terms).forEach(sentence ->
                invalid.add(new InvalidFieldException.FieldProblem("termsOfReference", sentence))));
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid);
        }
        if (queries.insertTermsOfReference(groupId, edit.version(), terms, userId) == 0) {
            throw new ConflictException("The terms of reference were changed by someone else since you read version "
                    + edit.version() + ": reload and try again.");
        }
        return versions(groupId).getFirst();
    }

    private TermsState state(TermsVersion v, String packChangeNotApplied) {
        TermsReview.State review = TermsReview.of(v.terms().terms().reviewDueOn(), LondonTime.today(clock), reminderDays);
        return new TermsState(v.terms(), v.createdAt(), v.createdBy(), review, v.source(), packChangeNotApplied);
    }

    private static LocalDate londonDate(Instant instant) {
        return instant.atZone(LondonTime.ZONE).toLocalDate();
    }

    private Group group(UUID groupId) {
        return queries.group(groupId).orElseThrow(() -> new NotFoundException("No such group in this partnership."));
    }
}
