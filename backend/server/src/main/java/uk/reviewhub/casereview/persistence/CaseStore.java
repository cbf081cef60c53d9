package uk.reviewhub.casereview.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.api.casereview.AgeBand;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseRequest;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.DecisionView;
import uk.reviewhub.api.casereview.Ethnicity;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.MilestoneView;
import uk.reviewhub.api.casereview.Nature;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RapidReviewView;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.api.casereview.RecommendationView;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.api.casereview.Sex;
import uk.reviewhub.casereview.domain.CaseFile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Case review rows. No query names a tenant: row-level security keeps every statement to the
 * tenant bound to the connection, and inserts take it from {@code current_tenant_id()}. Updates
 * carry the version read; they answer false when it is stale (or the row is not visible).
 */
@Singleton
public class CaseStore {

    private static final String CASE_COLUMNS = """
            c.id, c.origin, c.nature, c.la_case_reference, c.child_identifier, c.age_band, c.sex, c.ethnicity,
            c.looked_after, c.cp_plan, c.referring_agency_id, c.aware_on, c.notified_on, c.stage, c.version""";
    private static final String RR_COLUMNS = """
            id, meeting_on, agencies_involved, facts, immediate_actions, learning, recommendation, sent_to_panel_on,
            panel_response_on, panel_response_summary, version""";
    private static final String REVIEW_COLUMNS = """
            id, review_type, agencies_in_scope, methodology, reviewer, commissioned_on, draft_on, signed_off_on,
            planned_publication_on, published_on, sent_to_panel_on, version""";

    private final DSLContext dsl;

    CaseStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    // -- cases -------------------------------------------------------------------------------------

    public void insertCase(UUID id, CaseRequest c, CaseStage stage, UUID createdBy) {
        dsl.execute("""
                insert into review_case (tenant_id, id, origin, nature, la_case_reference, child_identifier, age_band, sex,
                       ethnicity, looked_after, cp_plan, referring_agency_id, aware_on, notified_on, stage, created_by)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, c.origin().name(), c.nature().name(), c.laCaseReference(), c.childIdentifier(), c.ageBand().name(),
                c.sex().name(), c.ethnicity().name(), c.lookedAfter(), c.cpPlan(), c.referringAgencyId(), c.awareOn(),
                c.notifiedOn(), stage.name(), createdBy);
    }

    /** Whether another case (not {@code except}) has this local authority case reference, letter case aside. */
    public boolean referenceInUse(String reference, UUID except) {
        return dsl.fetchExists(dsl.selectOne().from("review_case")
                .where("lower(la_case_reference) = lower(?) and id <> ?", reference.strip(), except));
    }

    public boolean updateCase(UUID id, CaseRequest c, CaseStage stage, int version) {
        return dsl.execute("""
                update review_case set origin = ?, nature = ?, la_case_reference = ?, child_identifier = ?, age_band = ?,
                       sex = ?, ethnicity = ?, looked_after = ?, cp_plan = ?, referring_agency_id = ?, aware_on = ?,
                       notified_on = ?, stage = ?, version = version + 1
                 where id = ? and version = ?""",
                c.origin().name(), c.nature().name(), c.laCaseReference(), c.childIdentifier(), c.ageBand().name(),
                c.sex().name(), c.ethnicity().name(), c.lookedAfter(), c.cpPlan(), c.referringAgencyId(), c.awareOn(),
                c.notifiedOn(), stage.name(), id, version) == 1;
    }

    /** Keeps the stored stage in step after a change to another step (no version change: the case itself is unchanged). */
    public void setStage(UUID id, CaseStage stage) {
        dsl.execute("update review_case set stage = ? where id = ? and stage <> ?", stage.name(), id, stage.name());
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(dsl.selectOne().from("agency").where("id = ?", agencyId));
    }

    /** The whole case, its row locked until the transaction ends so its steps change one at a time. */
    public Optional<CaseFile> lock(UUID caseId) {
        return dsl.fetchOptional("select " + CASE_COLUMNS + " from review_case c where c.id = ? for update", caseId)
                .map(this::file);
    }

    public Optional<CaseFile> find(UUID caseId) {
        return dsl.fetchOptional("select " + CASE_COLUMNS + " from review_case c where c.id = ?", caseId).map(this::file);
    }

    /** How many cases the partnership has. */
    public int count() {
        return dsl.fetchOne("select count(*) from review_case").get(0, Integer.class);
    }

    /**
     * A page of the cases with their steps (milestones and recommendations left out), newest first:
     * one query for the page and one per kind of step for just those cases.
     */
    public List<CaseFile> page(int offset, int limit) {
        return withSteps(dsl.fetch("select " + CASE_COLUMNS + ", c.created_at from review_case c "
                + "order by c.aware_on desc, c.created_at desc, c.id limit ? offset ?", limit, offset));
    }

    /**
     * The cases that may have an open clock, with their steps (milestones and recommendations left
     * out), newest first. A superset, decided from the stored stage: every stage before the
     * decision or with a review in progress, and any case of death or serious harm not yet
     * notified (whatever its stage). Closed, published and with-the-Panel cases have none: their
     * clocks were met when they got there (the lifecycle's guards see to it). The timelines built
     * from these decide what is actually open.
     */
    public List<CaseFile> mayHaveOpenClocks() {
        return withSteps(dsl.fetch("select " + CASE_COLUMNS + ", c.created_at from review_case c where " + MAY_HAVE_OPEN_CLOCKS
                + " order by c.aware_on desc, c.created_at desc, c.id"));
    }

    /** The predicate of {@link #mayHaveOpenClocks()}; the partial index review_case_open (V6) has the same one. */
    static final String MAY_HAVE_OPEN_CLOCKS = """
            (c.stage in ('REFERRED', 'NOTIFIED', 'RAPID_REVIEW', 'DECIDED', 'REVIEW_IN_PROGRESS') \
            or (c.notified_on is null and c.nature <> 'OTHER'))""";

    private List<CaseFile> withSteps(org.jooq.Result<Record> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        UUID[] ids = cases.stream().map(r -> r.get("id", UUID.class)).toArray(UUID[]::new);
        Map<UUID, RapidReviewView> rapid = new HashMap<>();
        dsl.fetch("select case_id, " + RR_COLUMNS + " from rapid_review where case_id = any(?::uuid[])", (Object) ids)
                .forEach(r -> rapid.put(r.get("case_id", UUID.class), rapidReview(r)));
        Map<UUID, DecisionView> decisions = new HashMap<>();
        dsl.fetch("select case_id, id, decision, rationale, decided_by, decided_on, version from review_decision where case_id = any(?::uuid[])",
                        (Object) ids)
                .forEach(r -> decisions.put(r.get("case_id", UUID.class), decision(r)));
        Map<UUID, CommissionedReviewView> reviews = new HashMap<>();
        dsl.fetch("select case_id, " + REVIEW_COLUMNS + " from commissioned_review where case_id = any(?::uuid[])", (Object) ids)
                .forEach(r -> reviews.put(r.get("case_id", UUID.class), review(r, List.of(), List.of())));
        return cases.map(r -> {
            UUID id = r.get("id", UUID.class);
            return new CaseFile(id, details(r), CaseStage.valueOf(r.get("stage", String.class)), r.get("version", Integer.class),
                    rapid.get(id), decisions.get(id), reviews.get(id));
        });
    }

    private CaseFile file(Record r) {
        UUID id = r.get("id", UUID.class);
        RapidReviewView rr = dsl.fetchOptional("select " + RR_COLUMNS + " from rapid_review where case_id = ?", id)
                .map(CaseStore::rapidReview).orElse(null);
        DecisionView decision = dsl.fetchOptional(
                        "select id, decision, rationale, decided_by, decided_on, version from review_decision where case_id = ?", id)
                .map(CaseStore::decision).orElse(null);
        CommissionedReviewView review = dsl.fetchOptional("select " + REVIEW_COLUMNS + " from commissioned_review where case_id = ?", id)
                .map(rv -> {
                    UUID reviewId = rv.get("id", UUID.class);
                    List<MilestoneView> milestones = dsl.fetch("""
                                    select id, title, due_on, completed_on, version from review_milestone
                                     where review_id = ? order by due_on, title""", reviewId)
                            .map(m -> new MilestoneView(m.get("id", UUID.class), m.get("title", String.class),
                                    m.get("due_on", LocalDate.class), m.get("completed_on", LocalDate.class), m.get("version", Integer.class)));
                    List<RecommendationView> recommendations = dsl.fetch(
                                    "select id, number, text, version from recommendation where review_id = ? order by number", reviewId)
                            .map(m -> new RecommendationView(m.get("id", UUID.class), m.get("number", Integer.class),
                                    m.get("text", String.class), m.get("version", Integer.class)));
                    return review(rv, milestones, recommendations);
                }).orElse(null);
        return new CaseFile(id, details(r), CaseStage.valueOf(r.get("stage", String.class)), r.get("version", Integer.class),
                rr, decision, review);
    }

    private static CaseRequest details(Record r) {
        return new CaseRequest(CaseOrigin.valueOf(r.get("origin", String.class)), Nature.valueOf(r.get("nature", String.class)),
                r.get("la_case_reference", String.class), r.get("child_identifier", String.class),
                AgeBand.valueOf(r.get("age_band", String.class)), Sex.valueOf(r.get("sex", String.class)),
                Ethnicity.valueOf(r.get("ethnicity", String.class)), r.get("looked_after", Boolean.class),
                r.get("cp_plan", Boolean.class), r.get("referring_agency_id", UUID.class), r.get("aware_on", LocalDate.class),
                r.get("notified_on", LocalDate.class), r.get("version", Integer.class));
    }

    // -- rapid review ------------------------------------------------------------------------------

    public void insertRapidReview(UUID caseId, RapidReviewView rr) {
        dsl.execute("""
                insert into rapid_review (tenant_id, id, case_id, meeting_on, agencies_involved, facts, immediate_actions, learning,
                       recommendation, sent_to_panel_on, panel_response_on, panel_response_summary)
                values (current_tenant_id(), ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)""",
                rr.id(), caseId, rr.meetingOn(), rr.agenciesInvolved().toArray(String[]::new), rr.facts(), rr.immediateActions(),
                rr.learning(), name(rr.recommendation()), rr.sentToPanelOn(), rr.panelResponseOn(), rr.panelResponseSummary());
    }

    public boolean updateRapidReview(RapidReviewView rr, int version) {
        return dsl.execute("""
                update rapid_review set meeting_on = ?, agencies_involved = ?::text[], facts = ?, immediate_actions = ?, learning = ?,
                       recommendation = ?, sent_to_panel_on = ?, panel_response_on = ?, panel_response_summary = ?,
                       version = version + 1
                 where id = ? and version = ?""",
                rr.meetingOn(), rr.agenciesInvolved().toArray(String[]::new), rr.facts(), rr.immediateActions(), rr.learning(),
                name(rr.recommendation()), rr.sentToPanelOn(), rr.panelResponseOn(), rr.panelResponseSummary(), rr.id(), version) == 1;
    }

    public static RapidReviewView rapidReview(UUID id, RapidReviewRequest r, int version) {
        return new RapidReviewView(id, r.meetingOn(), r.agenciesInvolved() == null ? List.of() : List.copyOf(r.agenciesInvolved()),
                r.facts(), r.immediateActions(), r.learning(), r.recommendation(), r.sentToPanelOn(), r.panelResponseOn(),
                r.panelResponseSummary(), version);
    }

    private static RapidReviewView rapidReview(Record r) {
        return new RapidReviewView(r.get("id", UUID.class), r.get("meeting_on", LocalDate.class), strings(r, "agencies_involved"),
                r.get("facts", String.class), r.get("immediate_actions", String.class), r.get("learning", String.class),
                kind(r.get("recommendation", String.class)), r.get("sent_to_panel_on", LocalDate.class),
                r.get("panel_response_on", LocalDate.class), r.get("panel_response_summary", String.class), r.get("version", Integer.class));
    }

    // -- decision ----------------------------------------------------------------------------------

    public void insertDecision(UUID caseId, DecisionView d, UUID recordedBy) {
        dsl.execute("""
                insert into review_decision (tenant_id, id, case_id, decision, rationale, decided_by, decided_on, recorded_by)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?)""",
                d.id(), caseId, d.decision().name(), d.rationale(), d.decidedBy(), d.decidedOn(), recordedBy);
    }

    public boolean updateDecision(DecisionView d, int version, UUID recordedBy) {
        return dsl.execute("""
                update review_decision set decision = ?, rationale = ?, decided_by = ?, decided_on = ?, recorded_by = ?,
                       version = version + 1
                 where id = ? and version = ?""",
                d.decision().name(), d.rationale(), d.decidedBy(), d.decidedOn(), recordedBy, d.id(), version) == 1;
    }

    public static DecisionView decision(UUID id, DecisionRequest r, int version) {
        return new DecisionView(id, r.decision(), r.rationale(), r.decidedBy(), r.decidedOn(), version);
    }

    private static DecisionView decision(Record r) {
        return new DecisionView(r.get("id", UUID.class), ReviewKind.valueOf(r.get("decision", String.class)),
                r.get("rationale", String.class), r.get("decided_by", String.class), r.get("decided_on", LocalDate.class),
                r.get("version", Integer.class));
    }

    // -- commissioned review -----------------------------------------------------------------------

    public void insertReview(UUID caseId, CommissionedReviewView v) {
        dsl.execute("""
                insert into commissioned_review (tenant_id, id, case_id, review_type, agencies_in_scope, methodology, reviewer,
                       commissioned_on, draft_on, signed_off_on, planned_publication_on, published_on, sent_to_panel_on)
                values (current_tenant_id(), ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?)""",
                v.id(), caseId, v.reviewType().name(), v.agenciesInScope().toArray(String[]::new), v.methodology(), v.reviewer(),
                v.commissionedOn(), v.draftOn(), v.signedOffOn(), v.plannedPublicationOn(), v.publishedOn(), v.sentToPanelOn());
    }

    public boolean updateReview(CommissionedReviewView v, int version) {
        return dsl.execute("""
                update commissioned_review set review_type = ?, agencies_in_scope = ?::text[], methodology = ?, reviewer = ?,
                       commissioned_on = ?, draft_on = ?, signed_off_on = ?, planned_publication_on = ?, published_on = ?,
                       sent_to_panel_on = ?, version = version + 1
                 where id = ? and version = ?""",
                v.reviewType().name(), v.agenciesInScope().toArray(String[]::new), v.methodology(), v.reviewer(),
                v.commissionedOn(), v.draftOn(), v.signedOffOn(), v.plannedPublicationOn(), v.publishedOn(), v.sentToPanelOn(),
                v.id(), version) == 1;
    }

    public static CommissionedReviewView review(UUID id, CommissionedReviewRequest r, int version,
                                                List<MilestoneView> milestones, List<RecommendationView> recommendations) {
        return new CommissionedReviewView(id, r.reviewType(), r.agenciesInScope() == null ? List.of() : List.copyOf(r.agenciesInScope()),
                r.methodology(), r.reviewer(), r.commissionedOn(), r.draftOn(), r.signedOffOn(), r.plannedPublicationOn(),
                r.publishedOn(), r.sentToPanelOn(), version, milestones, recommendations);
    }

    private static CommissionedReviewView review(Record r, List<MilestoneView> milestones, List<RecommendationView> recommendations) {
        return new CommissionedReviewView(r.get("id", UUID.class), ReviewKind.valueOf(r.get("review_type", String.class)),
                strings(r, "agencies_in_scope"), r.get("methodology", String.class), r.get("reviewer", String.class),
                r.get("commissioned_on", LocalDate.class), r.get("draft_on", LocalDate.class), r.get("signed_off_on", LocalDate.class),
                r.get("planned_publication_on", LocalDate.class), r.get("published_on", LocalDate.class),
                r.get("sent_to_panel_on", LocalDate.class), r.get("version", Integer.class), milestones, recommendations);
    }

    // -- milestones and recommendations ------------------------------------------------------------

    public void insertMilestone(UUID reviewId, UUID id, MilestoneRequest m) {
        dsl.execute("""
                insert into review_milestone (tenant_id, id, review_id, title, due_on, completed_on)
                values (current_tenant_id(), ?, ?, ?, ?, ?)""", id, reviewId, m.title(), m.dueOn(), m.completedOn());
    }

    public boolean updateMilestone(UUID id, MilestoneRequest m, int version) {
        return dsl.execute("""
                update review_milestone set title = ?, due_on = ?, completed_on = ?, version = version + 1
                 where id = ? and version = ?""", m.title(), m.dueOn(), m.completedOn(), id, version) == 1;
    }

    /** The case a milestone belongs to. */
    public Optional<UUID> caseOfMilestone(UUID milestoneId) {
        return dsl.fetchOptional("""
                select r.case_id from review_milestone m
                  join commissioned_review r on r.tenant_id = m.tenant_id and r.id = m.review_id where m.id = ?""", milestoneId)
                .map(r -> r.get(0, UUID.class));
    }

    public boolean recommendationNumberTaken(UUID reviewId, int number, UUID except) {
        return dsl.fetchExists(dsl.selectOne().from("recommendation")
                .where("review_id = ? and number = ? and id <> ?", reviewId, number, except));
    }

    public void insertRecommendation(UUID reviewId, UUID id, RecommendationRequest r) {
        dsl.execute("""
                insert into recommendation (tenant_id, id, review_id, number, text) values (current_tenant_id(), ?, ?, ?, ?)""",
                id, reviewId, r.number(), r.text());
    }

    public boolean updateRecommendation(UUID id, RecommendationRequest r, int version) {
        return dsl.execute("update recommendation set number = ?, text = ?, version = version + 1 where id = ? and version = ?",
                r.number(), r.text(), id, version) == 1;
    }

    /** The case and review a recommendation belongs to: [caseId, reviewId]. */
    public Optional<UUID[]> caseOfRecommendation(UUID recommendationId) {
        return dsl.fetchOptional("""
                select r.case_id, r.id from recommendation x
                  join commissioned_review r on r.tenant_id = x.tenant_id and r.id = x.review_id where x.id = ?""", recommendationId)
                .map(r -> new UUID[] {r.get(0, UUID.class), r.get(1, UUID.class)});
    }

    private static List<String> strings(Record r, String column) {
        String[] values = r.get(column, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static ReviewKind kind(String value) {
        return value == null ? null : ReviewKind.valueOf(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
