package uk.reviewhub.actionplan.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.Rag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Actions of the Composite Action Plan, with their case, review, recommendation and agency (row-level security scopes all). */
@Singleton
public class ActionQueries {

    /** An action as stored, with what the CAP shows beside it. */
    public record ActionRow(UUID id, UUID caseId, String laCaseReference, UUID reviewId, String reviewType, UUID recommendationId,
                            Integer recommendationNumber, UUID agencyId, String agencyName, String owner, String description,
                            LocalDate dueOn, int progressPercent, Rag ragOverride, String ragOverrideReason, UUID ragOverrideBy,
                            String evidenceNotes, LocalDate completedOn, LocalDate handedToMonitoringOn, LocalDate createdOn,
                            int version) {
    }

    private static final String SELECT = """
            select x.id, c.id as case_id, c.la_case_reference, r.id as review_id, r.review_type, x.recommendation_id,
                   rec.number as recommendation_number, x.agency_id, a.name as agency_name, x.owner, x.description, x.due_on,
                   x.progress_percent, x.rag_override, x.rag_override_reason, x.rag_override_by, x.evidence_notes,
                   x.completed_on, x.handed_to_monitoring_on, x.created_on, x.version
              from cap_action x
              join commissioned_review r on r.tenant_id = x.tenant_id and r.id = x.review_id
              join review_case c on c.tenant_id = r.tenant_id and c.id = r.case_id
              join agency a on a.tenant_id = x.tenant_id and a.id = x.agency_id
              left join recommendation rec on rec.tenant_id = x.tenant_id and rec.id = x.recommendation_id""";

    private final DSLContext dsl;

    ActionQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<UUID> reviewOfCase(UUID caseId) {
        return dsl.fetchOptional("select id from commissioned_review where case_id = ?", caseId).map(r -> r.get(0, UUID.class));
    }

    public boolean caseExists(UUID caseId) {
        return dsl.fetchExists(dsl.selectOne().from("review_case").where("id = ?", caseId));
    }

    public Optional<UUID> reviewOfRecommendation(UUID recommendationId) {
        return dsl.fetchOptional("select review_id from recommendation where id = ?", recommendationId).map(r -> r.get(0, UUID.class));
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(dsl.selectOne().from("agency").where("id = ?", agencyId));
    }

    public void insert(UUID id, UUID reviewId, UUID recommendationId, ActionRequest a, LocalDate createdOn) {
        dsl.execute("""
                insert into cap_action (tenant_id, id, review_id, recommendation_id, agency_id, owner, description, due_on,
                       progress_percent, evidence_notes, completed_on, handed_to_monitoring_on, created_on)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, reviewId, recommendationId, a.agencyId(), a.owner(), a.description(), a.dueOn(),
                a.progressPercent() == null ? 0 : a.progressPercent(), a.evidenceNotes(), a.completedOn(), a.handedToMonitoringOn(),
                createdOn);
    }

    public boolean update(UUID id, ActionRequest a, int version) {
        return dsl.execute("""
                update cap_action set agency_id = ?, owner = ?, description = ?, due_on = ?, progress_percent = ?, evidence_notes = ?,
                       completed_on = ?, handed_to_monitoring_on = ?, version = version + 1
                 where id = ? and version = ?""",
                a.agencyId(), a.owner(), a.description(), a.dueOn(), a.progressPercent() == null ? 0 : a.progressPercent(),
                a.evidenceNotes(), a.completedOn(), a.handedToMonitoringOn(), id, version) == 1;
    }

    public boolean override(UUID id, Rag rag, String reason, UUID by, int version) {
        return dsl.execute("""
                update cap_action set rag_override = ?, rag_override_reason = ?, rag_override_by = ?,
                       rag_override_at = case when ?::text is null then null else now() end, version = version + 1
                 where id = ? and version = ?""",
                rag == null ? null : rag.name(), rag == null ? null : reason, rag == null ? null : by,
                rag == null ? null : rag.name(), id, version) == 1;
    }

    public boolean exists(UUID id) {
        return dsl.fetchExists(dsl.selectOne().from("cap_action").where("id = ?", id));
    }

    public Optional<ActionRow> find(UUID id) {
        return dsl.fetchOptional(SELECT + " where x.id = ?", id).map(ActionQueries::row);
    }

    /**
     * Which actions: each null criterion lets everything through. {@code source} is REVIEW or
     * RECOMMENDATION (any case); another value matches nothing.
     */
    public record Criteria(UUID agency, Rag rag, Boolean overdue, String source) {
    }

    /**
     * What the RAG status is computed against: today, the first day not inside the amber window
     * (due dates before it, and not past, are AMBER), and how far behind progress may fall. The
     * domain's RagRules derives these; {@link #RAG} computes in SQL what RagRules computes in Java.
     */
    public record RagWindow(LocalDate today, LocalDate amberBefore, int behindByPercent) {
    }

    /** The shown RAG status (the override, else computed as RagRules does); binds today, amberBefore, behindByPercent, today. */
    private static final String RAG = """
            coalesce(x.rag_override, case
                when x.completed_on is not null then 'BLUE'
                when x.due_on < ?::date then 'RED'
                when x.due_on < ?::date then 'AMBER'
                when x.progress_percent + ?::integer < case when x.due_on - x.created_on <= 0 then 100
                     else least(100, greatest(0, ?::date - x.created_on) * 100 / (x.due_on - x.created_on)) end then 'AMBER'
                else 'GREEN' end)""";

    /** The matching actions by due date, {@code limit} from {@code offset} (a negative limit: all of them). */
    public List<ActionRow> matching(Criteria criteria, RagWindow window, int offset, int limit) {
        List<Object> binds = new ArrayList<>();
        String where = where(criteria, window, binds);
        String sql = SELECT + where + " order by x.due_on, c.la_case_reference, rec.number nulls first, x.id";
        if (limit >= 0) {
            sql += " limit ? offset ?";
            binds.add(limit);
            binds.add(offset);
        }
        return dsl.fetch(sql, binds.toArray()).map(ActionQueries::row);
    }

    /** How many actions match. */
    public long count(Criteria criteria, RagWindow window) {
        List<Object> binds = new ArrayList<>();
        return dsl.fetchOne("select count(*) from cap_action x" + where(criteria, window, binds), binds.toArray()).get(0, Long.class);
    }

    private static String where(Criteria criteria, RagWindow window, List<Object> binds) {
        List<String> conditions = new ArrayList<>();
        if (criteria.agency() != null) {
            conditions.add("x.agency_id = ?");
            binds.add(criteria.agency());
        }
        if (criteria.rag() != null) {
            conditions.add(RAG + " = ?");
            binds.addAll(List.of(window.today(), window.amberBefore(), window.behindByPercent(), window.today(), criteria.rag().name()));
        }
        if (criteria.overdue() != null) {
            conditions.add(criteria.overdue() ? "(x.completed_on is null and x.due_on < ?)" : "(x.completed_on is not null or x.due_on >= ?)");
            binds.add(window.today());
        }
        if (criteria.source() != null) {
            conditions.add(switch (criteria.source().toUpperCase(Locale.ROOT)) {
                case "REVIEW" -> "x.recommendation_id is null";
                case "RECOMMENDATION" -> "x.recommendation_id is not null";
                default -> "false";
            });
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static ActionRow row(Record r) {
        String override = r.get("rag_override", String.class);
        return new ActionRow(r.get("id", UUID.class), r.get("case_id", UUID.class), r.get("la_case_reference", String.class),
                r.get("review_id", UUID.class), r.get("review_type", String.class), r.get("recommendation_id", UUID.class),
                r.get("recommendation_number", Integer.class), r.get("agency_id", UUID.class), r.get("agency_name", String.class),
                r.get("owner", String.class), r.get("description", String.class), r.get("due_on", LocalDate.class),
                r.get("progress_percent", Integer.class), override == null ? null : Rag.valueOf(override),
                r.get("rag_override_reason", String.class), r.get("rag_override_by", UUID.class), r.get("evidence_notes", String.class),
                r.get("completed_on", LocalDate.class), r.get("handed_to_monitoring_on", LocalDate.class),
                r.get("created_on", LocalDate.class), r.get("version", Integer.class));
    }
}
