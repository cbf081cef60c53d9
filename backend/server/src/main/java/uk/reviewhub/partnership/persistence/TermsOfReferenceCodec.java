package uk.reviewhub.partnership.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import uk.reviewhub.database.jooq.tables.records.TermsOfReferenceRecord;
import uk.reviewhub.pack.TermsOfReference;
import uk.reviewhub.pack.TermsOfReferenceShape;

import java.time.LocalDate;

/**
 * The one codec for stored terms of reference: how the pack's {@link TermsOfReference} is written to
 * the columns of {@code terms_of_reference} and read back. Purpose, reporting line and the two dates
 * are columns; functions, links, cadence, quorum, deadlines and performance measures are jsonb in the
 * pack's own shapes (the pack schema's {@code termsOfReference}: the same field names, enum values by
 * name; a quorum without an apology follow-up leaves the key out). A pack load, an admin's edit and
 * the partnership export all go through here, so pack → stored → read gives the same terms. The
 * shapes themselves are {@link TermsOfReferenceShape}'s, the one mapping the pack reader and writer
 * use too.
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
                .setCadence(json(TermsOfReferenceShape.cadence(t.cadence())))
                .setQuorum(json(TermsOfReferenceShape.quorum(t.quorum())))
                .setDeadlines(json(TermsOfReferenceShape.deadlines(t.deadlines())))
                .setPerformanceMeasures(json(TermsOfReferenceShape.measures(t.performanceMeasures())))
                .setLinks(json(t.links()))
                .setLastReviewedOn(t.lastReviewedOn())
                .setReviewDueOn(t.reviewDueOn());
    }

    /** The terms a stored version holds. */
    public static TermsOfReference read(TermsOfReferenceRecord r) {
        return TermsOfReferenceShape.read(r.getPurpose(), tree(r.getFunctions()), r.getReportingLine(), tree(r.getCadence()),
                tree(r.getQuorum()), tree(r.getDeadlines()), tree(r.getPerformanceMeasures()), tree(r.getLinks()),
                r.getLastReviewedOn(), r.getReviewDueOn());
    }

    /**
     * Terms in the pack's shape (as an admin's edit reaches the pack's rules), once those rules found no
     * problem: every enum value is known and every date is ISO.
     */
    public static TermsOfReference read(JsonNode t) {
        return TermsOfReferenceShape.read(t, date(t, "lastReviewedOn"), date(t, "reviewDueOn"));
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

    private static LocalDate date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : LocalDate.parse(value.asText());
    }
}
