package uk.reviewhub.partnership.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import uk.reviewhub.api.vocabulary.AgencyKind;
import uk.reviewhub.api.vocabulary.GroupRole;
import uk.reviewhub.database.jooq.tables.records.TermsOfReferenceRecord;
import uk.reviewhub.pack.TermsOfReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one codec for stored terms of reference: how the pack's {@link TermsOfReference} is written to
 * the columns of {@code terms_of_reference} and read back. Purpose, reporting line and the two dates
 * are columns; functions, links, cadence, quorum, deadlines and performance measures are jsonb in the
 * pack's own shapes (the pack schema's {@code termsOfReference}: the same field names, enum values by
 * name; a quorum without an apology follow-up leaves the key out). A pack load, an admin's edit and
 * the partnership export all go through here, so pack → stored → read gives the same terms.
 */
public final class TermsOfReferenceCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TermsOfReferenceCodec() {
    }

    /** The content columns of a version (not its tenant, id, group, version, author or source). */
    public static TermsOfReferenceRecord write(TermsOfReference t) {
        return new TermsOfReferenceRecord()
                .setPurpose(t.purpose())
                .setFunctions(json(t.functions()))
                .setReportingLine(t.reportingLine())
                .setCadence(json(cadence(t.cadence())))
                .setQuorum(json(quorum(t.quorum())))
                .setDeadlines(json(t.deadlines().stream().map(TermsOfReferenceCodec::deadline).toList()))
                .setPerformanceMeasures(json(t.performanceMeasures().stream().map(TermsOfReferenceCodec::measure).toList()))
                .setLinks(json(t.links()))
                .setLastReviewedOn(t.lastReviewedOn())
                .setReviewDueOn(t.reviewDueOn());
    }

    /** The terms a stored version holds. */
    public static TermsOfReference read(TermsOfReferenceRecord r) {
        return terms(r.getPurpose(), tree(r.getFunctions()), r.getReportingLine(), tree(r.getCadence()), tree(r.getQuorum()),
                tree(r.getDeadlines()), tree(r.getPerformanceMeasures()), tree(r.getLinks()), r.getLastReviewedOn(),
                r.getReviewDueOn());
    }

    /**
     * Terms in the pack's shape (as an admin's edit reaches the pack's rules), once those rules found no
     * problem: every enum value is known and every date is ISO.
     */
    public static TermsOfReference read(JsonNode t) {
        return terms(text(t, "purpose"), t.path("functions"), text(t, "reportingLine"), t.path("cadence"), t.path("quorum"),
                t.path("deadlines"), t.path("performanceMeasures"), t.path("links"), date(t, "lastReviewedOn"),
                date(t, "reviewDueOn"));
    }

    private static TermsOfReference terms(String purpose, JsonNode functions, String reportingLine, JsonNode c, JsonNode q,
                                          JsonNode deadlines, JsonNode measures, JsonNode links, LocalDate lastReviewedOn,
                                          LocalDate reviewDueOn) {
        var cadence = new TermsOfReference.Cadence(text(c, "rrule"), text(c, "description"), integer(c, "durationMinutes"),
                integer(c, "minimumMeetingsPerYear"), text(c, "notes"));
        var quorum = new TermsOfReference.Quorum(text(q, "description"), integer(q, "minimumDistinctAgencies"),
                list(q.path("requiredAgencyKinds"), n -> AgencyKind.valueOf(n.asText())),
                list(q.path("requiredAnyOfRoles"), n -> GroupRole.valueOf(n.asText())),
                q.path("deputiesWithDelegatedAuthorityCount").asBoolean(false), integer(q, "apologiesFollowUpAfter"));
        return new TermsOfReference(purpose, list(functions, JsonNode::asText), reportingLine, cadence, quorum,
                list(deadlines, d -> new TermsOfReference.Deadline(text(d, "code"), text(d, "label"), d.path("workingDays").asInt(),
                        TermsOfReference.Direction.valueOf(text(d, "direction")))),
                list(measures, m -> new TermsOfReference.PerformanceMeasure(text(m, "code"), text(m, "label"),
                        integer(m, "targetPercent"))),
                list(links, JsonNode::asText), lastReviewedOn, reviewDueOn);
    }

    private static Map<String, Object> cadence(TermsOfReference.Cadence c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rrule", c.rrule());
        m.put("description", c.description());
        m.put("durationMinutes", c.durationMinutes());
        m.put("minimumMeetingsPerYear", c.minimumMeetingsPerYear());
        m.put("notes", c.notes());
        return m;
    }

    private static Map<String, Object> quorum(TermsOfReference.Quorum q) {
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

    private static Map<String, Object> deadline(TermsOfReference.Deadline d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("label", d.label());
        m.put("workingDays", d.workingDays());
        m.put("direction", d.direction().name());
        return m;
    }

    private static Map<String, Object> measure(TermsOfReference.PerformanceMeasure p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("label", p.label());
        m.put("targetPercent", p.targetPercent());
        return m;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return json == null ? MissingNode.getInstance() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(n -> items.add(item.apply(n)));
        return items;
    }
}
