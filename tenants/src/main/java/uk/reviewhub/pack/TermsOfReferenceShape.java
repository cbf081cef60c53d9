package uk.reviewhub.pack;

import com.fasterxml.jackson.databind.JsonNode;
import uk.reviewhub.api.vocabulary.AgencyKind;
import uk.reviewhub.api.vocabulary.GroupRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.reviewhub.pack.JsonValues.text;
import static uk.reviewhub.pack.JsonValues.integer;
import static uk.reviewhub.pack.JsonValues.strings;
import static uk.reviewhub.pack.JsonValues.list;

/**
 * The one mapping between {@link TermsOfReference} and its shape in a pack (the schema's
 * {@code termsOfReference}: the same field names, enum values by name). The pack reader reads a
 * group file's terms through it, the pack writer writes an export through it, and the backend's
 * codec for the stored terms (columns plus jsonb in these shapes) and an admin's edit (which arrives
 * in the pack's shape) go through it too, so a field added to the terms is mapped in one place.
 * <p>
 * Reading assumes the schema and {@link TermsOfReferenceRules} found no problem: every enum value is
 * known. Dates are the caller's to parse, since a pack reports a bad date at its line.
 * <p>
 * A quorum's {@code deputiesWithDelegatedAuthorityCount} is always written and its
 * {@code apologiesFollowUpAfter} only when set: the stored versions are compared as jsonb, so this
 * shape must not change for terms that did not.
 */
public final class TermsOfReferenceShape {

    private TermsOfReferenceShape() {
    }

    /** The terms in the pack's shape; null values are kept (a writer prunes them), dates as ISO text. */
    public static Map<String, Object> write(TermsOfReference t) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("purpose", t.purpose());
        terms.put("functions", t.functions());
        terms.put("reportingLine", t.reportingLine());
        terms.put("cadence", cadence(t.cadence()));
        terms.put("quorum", quorum(t.quorum()));
        terms.put("deadlines", deadlines(t.deadlines()));
        terms.put("performanceMeasures", measures(t.performanceMeasures()));
        terms.put("links", t.links());
        terms.put("lastReviewedOn", t.lastReviewedOn() == null ? null : t.lastReviewedOn().toString());
        terms.put("reviewDueOn", t.reviewDueOn() == null ? null : t.reviewDueOn().toString());
        return terms;
    }

    /** The terms from the pack's shape {@code t}, with the two dates as the caller parsed them. */
    public static TermsOfReference read(JsonNode t, LocalDate lastReviewedOn, LocalDate reviewDueOn) {
        return read(text(t, "purpose"), t.get("functions"), text(t, "reportingLine"), t.get("cadence"), t.get("quorum"),
                t.get("deadlines"), t.get("performanceMeasures"), t.get("links"), lastReviewedOn, reviewDueOn);
    }

    /** The terms from their parts (as stored: text columns and jsonb trees in the pack's shapes). */
    public static TermsOfReference read(String purpose, JsonNode functions, String reportingLine, JsonNode cadence,
                                        JsonNode quorum, JsonNode deadlines, JsonNode measures, JsonNode links,
                                        LocalDate lastReviewedOn, LocalDate reviewDueOn) {
        return new TermsOfReference(purpose, strings(functions), reportingLine, cadence(cadence), quorum(quorum),
                list(deadlines, d -> new TermsOfReference.Deadline(text(d, "code"), text(d, "label"),
                        d.path("workingDays").asInt(), TermsOfReference.Direction.valueOf(text(d, "direction")))),
                list(measures, m -> new TermsOfReference.PerformanceMeasure(text(m, "code"), text(m, "label"),
                        integer(m, "targetPercent"))),
                strings(links), lastReviewedOn, reviewDueOn);
    }

    public static Map<String, Object> cadence(TermsOfReference.Cadence c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rrule", c.rrule());
        m.put("description", c.description());
        m.put("durationMinutes", c.durationMinutes());
        m.put("minimumMeetingsPerYear", c.minimumMeetingsPerYear());
        m.put("notes", c.notes());
        return m;
    }

    public static Map<String, Object> quorum(TermsOfReference.Quorum q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", q.description());
        m.put("minimumDistinctAgencies", q.minimumDistinctAgencies());
        m.put("requiredAgencyKinds", q.requiredAgencyKinds().stream().map(Enum::name).toList());
        m.put("requiredAnyOfRoles", q.requiredAnyOfRoles().stream().map(Enum::name).toList());
        m.put("deputiesWithDelegatedAuthorityCount", q.deputiesWithDelegatedAuthorityCount());
        if (q.apologiesFollowUpAfter() != null) {
            m.put("apologiesFollowUpAfter", q.apologiesFollowUpAfter());
        }
        return m;
    }

    public static List<Map<String, Object>> deadlines(List<TermsOfReference.Deadline> deadlines) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TermsOfReference.Deadline d : deadlines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            m.put("label", d.label());
            m.put("workingDays", d.workingDays());
            m.put("direction", d.direction().name());
            list.add(m);
        }
        return list;
    }

    public static List<Map<String, Object>> measures(List<TermsOfReference.PerformanceMeasure> measures) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TermsOfReference.PerformanceMeasure p : measures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("label", p.label());
            m.put("targetPercent", p.targetPercent());
            list.add(m);
        }
        return list;
    }

    private static TermsOfReference.Cadence cadence(JsonNode c) {
        return new TermsOfReference.Cadence(text(c, "rrule"), text(c, "description"), integer(c, "durationMinutes"),
                integer(c, "minimumMeetingsPerYear"), text(c, "notes"));
    }

    private static TermsOfReference.Quorum quorum(JsonNode q) {
        return new TermsOfReference.Quorum(text(q, "description"), integer(q, "minimumDistinctAgencies"),
                list(q == null ? null : q.get("requiredAgencyKinds"), n -> AgencyKind.valueOf(n.asText())),
                list(q == null ? null : q.get("requiredAnyOfRoles"), n -> GroupRole.valueOf(n.asText())),
                q != null && q.path("deputiesWithDelegatedAuthorityCount").asBoolean(false), integer(q, "apologiesFollowUpAfter"));
    }




}
