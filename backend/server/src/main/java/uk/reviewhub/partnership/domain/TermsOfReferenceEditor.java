package uk.reviewhub.partnership.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.pack.TermsOfReferenceRules;
import uk.reviewhub.partnership.persistence.PartnershipQueries;
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
        // The pack's rules, in the pack's words (one home: TermsOfReferenceRules), each naming its field.
        List<InvalidFieldException.FieldProblem> invalid = new ArrayList<>(TermsOfReferenceRules.check(termsJson(u),
                queries.agencies().size()).stream().map(p -> new InvalidFieldException.FieldProblem(p.field(), p.message())).toList());
        // A quorum counts the agencies of the group's own seats: no more than they come from (when it has seats).
        Integer minimum = u.quorum() == null ? null : u.quorum().minimumDistinctAgencies();
        if (invalid.isEmpty() && minimum != null) {
            long seatAgencies = queries.members(groupId, LondonTime.today(clock)).stream()
                    .filter(row -> row.member().current()).map(row -> row.agency().id()).distinct().count();
            if (seatAgencies > 0 && minimum > seatAgencies) {
                var problem = TermsOfReferenceRules.problem("quorum.minimumDistinctAgencies", "a quorum of " + minimum
                        + " agencies can never be met: the group's current members come from " + seatAgencies + ".");
                invalid.add(new InvalidFieldException.FieldProblem(problem.field(), problem.message()));
            }
        }
        checks.forEach(check -> check.problems(u).forEach(sentence ->
                invalid.add(new InvalidFieldException.FieldProblem("termsOfReference", sentence))));
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid);
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

    /** The edit in the pack's shape of a terms of reference (absent values left out), as the rules read it. */
    static JsonNode termsJson(TermsOfReferenceUpdate u) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        put(t, "purpose", u.purpose());
        strings(t.putArray("functions"), u.functions());
        put(t, "reportingLine", u.reportingLine());
        if (u.cadence() != null) {
            ObjectNode c = t.putObject("cadence");
            put(c, "rrule", u.cadence().rrule());
            put(c, "description", u.cadence().description());
            put(c, "durationMinutes", u.cadence().durationMinutes());
            put(c, "minimumMeetingsPerYear", u.cadence().minimumMeetingsPerYear());
            put(c, "notes", u.cadence().notes());
        }
        if (u.quorum() != null) {
            ObjectNode q = t.putObject("quorum");
            put(q, "description", u.quorum().description());
            put(q, "minimumDistinctAgencies", u.quorum().minimumDistinctAgencies());
            strings(q.putArray("requiredAgencyKinds"), u.quorum().requiredAgencyKinds());
            strings(q.putArray("requiredAnyOfRoles"), u.quorum().requiredAnyOfRoles());
            q.put("deputiesWithDelegatedAuthorityCount", u.quorum().deputiesWithDelegatedAuthorityCount());
            put(q, "apologiesFollowUpAfter", u.quorum().apologiesFollowUpAfter());
        }
        ArrayNode deadlines = t.putArray("deadlines");
        for (TermsOfReferenceView.Deadline d : u.deadlines()) {
            ObjectNode n = deadlines.addObject();
            if (d != null) {
                put(n, "code", d.code());
                put(n, "label", d.label());
                n.put("workingDays", d.workingDays());
                put(n, "direction", d.direction());
            }
        }
        ArrayNode measures = t.putArray("performanceMeasures");
        for (TermsOfReferenceView.PerformanceMeasure m : u.performanceMeasures()) {
            ObjectNode n = measures.addObject();
            if (m != null) {
                put(n, "code", m.code());
                put(n, "label", m.label());
                put(n, "targetPercent", m.targetPercent());
            }
        }
        strings(t.putArray("links"), u.links());
        put(t, "lastReviewedOn", u.lastReviewedOn() == null ? null : u.lastReviewedOn().toString());
        put(t, "reviewDueOn", u.reviewDueOn() == null ? null : u.reviewDueOn().toString());
        return t;
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value instanceof String text) {
            node.put(field, text);
        } else if (value instanceof Integer number) {
            node.put(field, number);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(v -> {
            if (v == null) {
                array.addNull();
            } else {
                array.add(v);
            }
        });
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
