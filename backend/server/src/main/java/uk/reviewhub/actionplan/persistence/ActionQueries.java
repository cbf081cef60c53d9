package uk.reviewhub.actionplan.persistence;

import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.SQLDataType;
import uk.reviewhub.actionplan.domain.ActionFields;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.database.jooq.tables.Agency;
import uk.reviewhub.database.jooq.tables.CapAction;
import uk.reviewhub.database.jooq.tables.CommissionedReview;
import uk.reviewhub.database.jooq.tables.Recommendation;
import uk.reviewhub.database.jooq.tables.ReviewCase;
import uk.reviewhub.database.jooq.tables.ScrutinyPiece;
import uk.reviewhub.database.jooq.tables.records.CapActionRecord;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.CAP_ACTION;
import static uk.reviewhub.database.jooq.Tables.COMMISSIONED_REVIEW;
import static uk.reviewhub.database.jooq.Tables.RECOMMENDATION;
import static uk.reviewhub.database.jooq.Tables.REVIEW_CASE;
import static uk.reviewhub.database.jooq.Tables.SCRUTINY_PIECE;

/** Actions of the Composite Action Plan, with their case, review, recommendation and agency (row-level security scopes all). */
@Singleton
public class ActionQueries {

    private static final CapAction X = CAP_ACTION.as("x");
    private static final CommissionedReview R = COMMISSIONED_REVIEW.as("r");
    private static final ReviewCase C = REVIEW_CASE.as("c");
    private static final Agency A = AGENCY.as("a");
    private static final Recommendation REC = RECOMMENDATION.as("rec");
    private static final ScrutinyPiece SP = SCRUTINY_PIECE.as("sp");

    private static final Field<UUID> CASE_ID = C.ID.as("case_id");
    private static final Field<UUID> REVIEW_ID = R.ID.as("review_id");
    private static final Field<Integer> RECOMMENDATION_NUMBER = REC.NUMBER.as("recommendation_number");
    private static final Field<String> AGENCY_NAME = A.NAME.as("agency_name");

    private static final SelectField<?>[] COLUMNS = {X.ID, CASE_ID, C.LA_CASE_REFERENCE, REVIEW_ID, R.REVIEW_TYPE,
            X.RECOMMENDATION_ID, RECOMMENDATION_NUMBER, X.AGENCY_ID, AGENCY_NAME, X.OWNER,
            X.DESCRIPTION, X.DUE_ON, X.PROGRESS_PERCENT, X.RAG_OVERRIDE, X.RAG_OVERRIDE_REASON, X.RAG_OVERRIDE_BY, X.EVIDENCE_NOTES,
            X.COMPLETED_ON, X.HANDED_TO_MONITORING_ON, X.CREATED_ON, X.VERSION, X.SOURCE, X.SCRUTINY_PIECE_ID, SP.TITLE};

    static final String REVIEW = "REVIEW";
    static final String SCRUTINY = "SCRUTINY";

    private final DSLContext dsl;

    ActionQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<UUID> reviewOfCase(UUID caseId) {
        return dsl.select(COMMISSIONED_REVIEW.ID).from(COMMISSIONED_REVIEW).where(COMMISSIONED_REVIEW.CASE_ID.eq(caseId))
                .fetchOptional(COMMISSIONED_REVIEW.ID);
    }

    public boolean caseExists(UUID caseId) {
        return dsl.fetchExists(REVIEW_CASE, REVIEW_CASE.ID.eq(caseId));
    }

    public Optional<UUID> reviewOfRecommendation(UUID recommendationId) {
        return dsl.select(RECOMMENDATION.REVIEW_ID).from(RECOMMENDATION).where(RECOMMENDATION.ID.eq(recommendationId))
                .fetchOptional(RECOMMENDATION.REVIEW_ID);
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(AGENCY, AGENCY.ID.eq(agencyId));
    }

    /** An action whose source is a review (and perhaps one of its recommendations). */
    public void insert(UUID id, UUID reviewId, UUID recommendationId, ActionFields a, LocalDate createdOn) {
        insertAction(id, a, createdOn)
                .set(CAP_ACTION.REVIEW_ID, reviewId)
                .set(CAP_ACTION.RECOMMENDATION_ID, recommendationId)
                .execute();
    }

    /** An action whose source is a piece of scrutiny (and perhaps one of its recommendations). */
    public void insertScrutiny(UUID id, UUID pieceId, UUID scrutinyRecommendationId, ActionFields a, LocalDate createdOn) {
        insertAction(id, a, createdOn)
                .set(CAP_ACTION.SOURCE, SCRUTINY)
                .set(CAP_ACTION.SCRUTINY_PIECE_ID, pieceId)
                .set(CAP_ACTION.SCRUTINY_RECOMMENDATION_ID, scrutinyRecommendationId)
                .execute();
    }

    /** The columns every action has, whatever its source; the caller adds the source's and executes. */
    private InsertSetMoreStep<CapActionRecord> insertAction(UUID id, ActionFields a, LocalDate createdOn) {
        return dsl.insertInto(CAP_ACTION)
                .set(CAP_ACTION.TENANT_ID, currentTenantId())
                .set(CAP_ACTION.ID, id)
                .set(CAP_ACTION.AGENCY_ID, a.agencyId())
                .set(CAP_ACTION.OWNER, a.owner())
                .set(CAP_ACTION.DESCRIPTION, a.description())
                .set(CAP_ACTION.DUE_ON, a.dueOn())
                .set(CAP_ACTION.PROGRESS_PERCENT, a.progressPercent())
                .set(CAP_ACTION.EVIDENCE_NOTES, a.evidenceNotes())
                .set(CAP_ACTION.COMPLETED_ON, a.completedOn())
                .set(CAP_ACTION.HANDED_TO_MONITORING_ON, a.handedToMonitoringOn())
                .set(CAP_ACTION.CREATED_ON, createdOn);
    }

    /** The actions that came from a piece of scrutiny's recommendations, by due date. */
    public List<uk.reviewhub.actionplan.domain.CapAction> ofScrutinyPiece(UUID pieceId) {
        return dsl.select(COLUMNS).from(joined()).where(X.SCRUTINY_PIECE_ID.eq(pieceId))
                .orderBy(X.DUE_ON, X.ID).fetch(ActionQueries::row);
    }

    /** Which recommendation of scrutiny each of these actions came from. */
    public java.util.Map<UUID, UUID> scrutinyRecommendations(UUID pieceId) {
        return dsl.select(CAP_ACTION.ID, CAP_ACTION.SCRUTINY_RECOMMENDATION_ID).from(CAP_ACTION)
                .where(CAP_ACTION.SCRUTINY_PIECE_ID.eq(pieceId), CAP_ACTION.SCRUTINY_RECOMMENDATION_ID.isNotNull())
                .fetchMap(CAP_ACTION.ID, CAP_ACTION.SCRUTINY_RECOMMENDATION_ID);
    }

    public boolean update(UUID id, ActionFields a, int version) {
        return dsl.update(CAP_ACTION)
                .set(CAP_ACTION.AGENCY_ID, a.agencyId())
                .set(CAP_ACTION.OWNER, a.owner())
                .set(CAP_ACTION.DESCRIPTION, a.description())
                .set(CAP_ACTION.DUE_ON, a.dueOn())
                .set(CAP_ACTION.PROGRESS_PERCENT, a.progressPercent())
                .set(CAP_ACTION.EVIDENCE_NOTES, a.evidenceNotes())
                .set(CAP_ACTION.COMPLETED_ON, a.completedOn())
                .set(CAP_ACTION.HANDED_TO_MONITORING_ON, a.handedToMonitoringOn())
                .set(CAP_ACTION.VERSION, CAP_ACTION.VERSION.plus(1))
                .where(CAP_ACTION.ID.eq(id), CAP_ACTION.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean override(UUID id, Rag rag, String reason, UUID by, int version) {
        return dsl.update(CAP_ACTION)
                .set(CAP_ACTION.RAG_OVERRIDE, rag == null ? null : rag.name())
                .set(CAP_ACTION.RAG_OVERRIDE_REASON, rag == null ? null : reason)
                .set(CAP_ACTION.RAG_OVERRIDE_BY, rag == null ? null : by)
                .set(CAP_ACTION.RAG_OVERRIDE_AT, rag == null ? val((OffsetDateTime) null, CAP_ACTION.RAG_OVERRIDE_AT) : currentOffsetDateTime())
                .set(CAP_ACTION.VERSION, CAP_ACTION.VERSION.plus(1))
                .where(CAP_ACTION.ID.eq(id), CAP_ACTION.VERSION.eq(version))
                .execute() == 1;
    }

    public boolean exists(UUID id) {
        return dsl.fetchExists(CAP_ACTION, CAP_ACTION.ID.eq(id));
    }

    public Optional<uk.reviewhub.actionplan.domain.CapAction> find(UUID id) {
        return dsl.select(COLUMNS).from(joined()).where(X.ID.eq(id)).fetchOptional(ActionQueries::row);
    }

    /**
     * Which actions: each null criterion lets everything through. {@code source} is REVIEW,
     * RECOMMENDATION (a review's) or SCRUTINY (any case); another value matches nothing.
     */
    public record Criteria(UUID agency, Rag rag, Boolean overdue, String source) {
    }

    /**
     * What the RAG status is computed against: today, the first day not inside the amber window
     * (due dates before it, and not past, are AMBER), and how far behind progress may fall. The
     * domain's RagRules derives these; {@link #rag} computes in SQL what RagRules computes in Java.
     */
    public record RagWindow(LocalDate today, LocalDate amberBefore, int behindByPercent) {
    }

    /** The shown RAG status: the override, else computed as RagRules does. */
    private static Field<String> rag(RagWindow w) {
        Field<Integer> span = field("({0} - {1})", SQLDataType.INTEGER, X.DUE_ON, X.CREATED_ON);
        Field<Integer> elapsed = field("({0} - {1})", SQLDataType.INTEGER, val(w.today()), X.CREATED_ON);
        Field<Integer> expected = when(span.le(0), inline(100))
                .otherwise(least(inline(100), greatest(inline(0), elapsed).times(100).div(span)));
        return coalesce(X.RAG_OVERRIDE, when(X.COMPLETED_ON.isNotNull(), inline("BLUE"))
                .when(X.DUE_ON.lt(w.today()), inline("RED"))
                .when(X.DUE_ON.lt(w.amberBefore()), inline("AMBER"))
                .when(X.PROGRESS_PERCENT.plus(w.behindByPercent()).lt(expected), inline("AMBER"))
                .otherwise(inline("GREEN")));
    }

    /** The matching actions by due date, {@code limit} from {@code offset} (a negative limit: all of them). */
    public List<uk.reviewhub.actionplan.domain.CapAction> matching(Criteria criteria, RagWindow window, int offset, int limit) {
        var query = dsl.select(COLUMNS).from(joined()).where(where(criteria, window))
                .orderBy(X.DUE_ON, C.LA_CASE_REFERENCE.nullsLast(), REC.NUMBER.asc().nullsFirst(), X.ID);
        return (limit >= 0 ? query.limit(limit).offset(offset) : query).fetch(ActionQueries::row);
    }

    /** How many actions match. */
    public long count(Criteria criteria, RagWindow window) {
        return dsl.fetchCount(X, where(criteria, window));
    }

    private static org.jooq.Table<?> joined() {
        return X.leftJoin(R).on(R.TENANT_ID.eq(X.TENANT_ID).and(R.ID.eq(X.REVIEW_ID)))
                .leftJoin(C).on(C.TENANT_ID.eq(R.TENANT_ID).and(C.ID.eq(R.CASE_ID)))
                .leftJoin(SP).on(SP.TENANT_ID.eq(X.TENANT_ID).and(SP.ID.eq(X.SCRUTINY_PIECE_ID)))
                .join(A).on(A.TENANT_ID.eq(X.TENANT_ID).and(A.ID.eq(X.AGENCY_ID)))
                .leftJoin(REC).on(REC.TENANT_ID.eq(X.TENANT_ID).and(REC.ID.eq(X.RECOMMENDATION_ID)));
    }

    private static List<Condition> where(Criteria criteria, RagWindow window) {
        List<Condition> conditions = new ArrayList<>();
        if (criteria.agency() != null) {
            conditions.add(X.AGENCY_ID.eq(criteria.agency()));
        }
        if (criteria.rag() != null) {
            conditions.add(rag(window).eq(criteria.rag().name()));
        }
        if (criteria.overdue() != null) {
            conditions.add(criteria.overdue()
                    ? X.COMPLETED_ON.isNull().and(X.DUE_ON.lt(window.today()))
                    : X.COMPLETED_ON.isNotNull().or(X.DUE_ON.ge(window.today())));
        }
        if (criteria.source() != null) {
            conditions.add(switch (criteria.source().toUpperCase(Locale.ROOT)) {
                case REVIEW -> X.SOURCE.eq(REVIEW).and(X.RECOMMENDATION_ID.isNull());
                case "RECOMMENDATION" -> X.RECOMMENDATION_ID.isNotNull();
                case SCRUTINY -> X.SOURCE.eq(SCRUTINY);
                default -> falseCondition();
            });
        }
        return conditions;
    }

    private static uk.reviewhub.actionplan.domain.CapAction row(Record r) {
        String override = r.get(X.RAG_OVERRIDE);
        return new uk.reviewhub.actionplan.domain.CapAction(r.get(X.ID), r.get(CASE_ID), r.get(C.LA_CASE_REFERENCE),
                r.get(REVIEW_ID), r.get(R.REVIEW_TYPE), r.get(X.RECOMMENDATION_ID),
                r.get(RECOMMENDATION_NUMBER), r.get(X.AGENCY_ID), r.get(AGENCY_NAME),
                r.get(X.OWNER), r.get(X.DESCRIPTION), r.get(X.DUE_ON), r.get(X.PROGRESS_PERCENT),
                override == null ? null : Rag.valueOf(override), r.get(X.RAG_OVERRIDE_REASON), r.get(X.RAG_OVERRIDE_BY),
                r.get(X.EVIDENCE_NOTES), r.get(X.COMPLETED_ON), r.get(X.HANDED_TO_MONITORING_ON), r.get(X.CREATED_ON), r.get(X.VERSION),
                r.get(X.SOURCE), r.get(X.SCRUTINY_PIECE_ID), r.get(SP.TITLE));
    }
}
