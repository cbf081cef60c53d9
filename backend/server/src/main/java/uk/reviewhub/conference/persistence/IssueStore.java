package uk.reviewhub.conference.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.reviewhub.api.vocabulary.IssueCategory;
import uk.reviewhub.api.vocabulary.IssueOutcome;
import uk.reviewhub.api.vocabulary.IssueStepKind;
import uk.reviewhub.conference.domain.Issue;
import uk.reviewhub.conference.domain.IssueFilter;
import uk.reviewhub.conference.domain.IssueProcess;
import uk.reviewhub.database.VersionedUpdate;
import uk.reviewhub.database.jooq.tables.AppUser;
import uk.reviewhub.pack.IssueResolution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.CP_CHILD;
import static uk.reviewhub.database.jooq.Tables.IRP_ISSUE;
import static uk.reviewhub.database.jooq.Tables.IRP_STEP;
import static uk.reviewhub.database.jooq.Tables.PARTNERSHIP;

/**
 * The Issue Resolution Process's rows (V37) on the generated schema, and the partnership's process as
 * its pack set it; row-level security scopes every query to the bound partnership.
 */
@Singleton
public class IssueStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AppUser RAISER = APP_USER.as("raiser");
    private static final AppUser RECORDER = APP_USER.as("recorder");

    private final DSLContext dsl;

    IssueStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The partnership's process, {@link IssueProcess#NONE} when its pack runs none. */
    public IssueProcess process() {
        String json = dsl.select(PARTNERSHIP.ISSUE_RESOLUTION).from(PARTNERSHIP).fetchOptional(PARTNERSHIP.ISSUE_RESOLUTION)
                .map(Object::toString).orElse(null);
        if (json == null) {
            return IssueProcess.NONE;
        }
        try {
            JsonNode node = JSON.readTree(json);
            List<IssueResolution.Stage> stages = new ArrayList<>();
            node.path("stages").forEach(s -> stages.add(new IssueResolution.Stage(s.path("code").asText(), s.path("name").asText(),
                    s.path("formal").asBoolean(true), s.path("clock").asText())));
            return new IssueProcess(stages, node.path("cafcassReferral").asBoolean(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's chair caseload limit, if its pack sets one. */
    public Optional<Integer> caseloadLimit() {
        return dsl.select(PARTNERSHIP.CHAIR_CASELOAD_LIMIT).from(PARTNERSHIP).fetchOptional(PARTNERSHIP.CHAIR_CASELOAD_LIMIT);
    }

    /**
     * The issues matching {@code filter}, open first then newest; {@code visibleTo} (a chair) narrows them
     * to those the chair raised or about a child allocated to them (null: the whole service).
     */
    public List<Issue> issues(IssueFilter filter, UUID visibleTo) {
        Condition where = DSL.noCondition();
        if (filter.raisedBy() != null) {
            where = where.and(IRP_ISSUE.RAISED_BY.eq(filter.raisedBy()));
        }
        if (filter.stageCode() != null) {
            where = where.and(IRP_ISSUE.STAGE_CODE.eq(filter.stageCode()));
        }
        if (filter.childId() != null) {
            where = where.and(IRP_ISSUE.CHILD_ID.eq(filter.childId()));
        }
        if (filter.open() != null) {
            where = where.and(filter.open() ? IRP_ISSUE.OUTCOME.isNull() : IRP_ISSUE.OUTCOME.isNotNull());
        }
        if (visibleTo != null) {
            where = where.and(IRP_ISSUE.RAISED_BY.eq(visibleTo).or(CP_CHILD.CHAIR_USER_ID.eq(visibleTo)));
        }
        return select().where(where)
                .orderBy(IRP_ISSUE.OUTCOME.isNotNull(), IRP_ISSUE.RAISED_ON.desc(), IRP_ISSUE.CREATED_AT.desc(), IRP_ISSUE.ID)
                .fetch(IssueStore::issue);
    }

    public Optional<Issue> issue(UUID id) {
        return select().where(IRP_ISSUE.ID.eq(id)).fetchOptional(IssueStore::issue);
    }

    /** Locks the issue's row; answers it. */
    public Optional<Issue> issueForUpdate(UUID id) {
        dsl.selectOne().from(IRP_ISSUE).where(IRP_ISSUE.ID.eq(id)).forUpdate().fetch();
        return issue(id);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(IRP_ISSUE.asterisk(), CP_CHILD.CASE_REFERENCE, CP_CHILD.CHAIR_USER_ID, RAISER.DISPLAY_NAME).from(IRP_ISSUE)
                .join(CP_CHILD).on(CP_CHILD.ID.eq(IRP_ISSUE.CHILD_ID))
                .join(RAISER).on(RAISER.ID.eq(IRP_ISSUE.RAISED_BY));
    }

    public UUID insert(UUID childId, IssueCategory category, String summary, UUID raisedBy, LocalDate raisedOn, String stageCode,
                       int stagePosition) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(IRP_ISSUE)
                .set(IRP_ISSUE.TENANT_ID, currentTenantId())
                .set(IRP_ISSUE.ID, id)
                .set(IRP_ISSUE.CHILD_ID, childId)
                .set(IRP_ISSUE.CATEGORY, category.name())
                .set(IRP_ISSUE.SUMMARY, summary)
                .set(IRP_ISSUE.RAISED_BY, raisedBy)
                .set(IRP_ISSUE.RAISED_ON, raisedOn)
                .set(IRP_ISSUE.STAGE_CODE, stageCode)
                .set(IRP_ISSUE.STAGE_POSITION, stagePosition)
                .set(IRP_ISSUE.STAGE_SINCE, raisedOn)
                .execute();
        return id;
    }

    /** Moves the issue to a later stage from {@code on}; false when {@code version} is given and stale. */
    public boolean escalate(UUID id, String stageCode, int stagePosition, LocalDate on, Integer version) {
        return VersionedUpdate.execute(dsl.update(IRP_ISSUE)
                .set(IRP_ISSUE.STAGE_CODE, stageCode)
                .set(IRP_ISSUE.STAGE_POSITION, stagePosition)
                .set(IRP_ISSUE.STAGE_SINCE, on)
                .set(IRP_ISSUE.RESPONDED_ON, (LocalDate) null),
                IRP_ISSUE.ID, id, IRP_ISSUE.VERSION, version);
    }

    public boolean responded(UUID id, LocalDate on, Integer version) {
        return VersionedUpdate.execute(dsl.update(IRP_ISSUE)
                .set(IRP_ISSUE.RESPONDED_ON, on),
                IRP_ISSUE.ID, id, IRP_ISSUE.VERSION, version);
    }

    public boolean referredToCafcass(UUID id, LocalDate on, Integer version) {
        return VersionedUpdate.execute(dsl.update(IRP_ISSUE)
                .set(IRP_ISSUE.CAFCASS_REFERRED_ON, on),
                IRP_ISSUE.ID, id, IRP_ISSUE.VERSION, version);
    }

    public boolean outcome(UUID id, IssueOutcome outcome, LocalDate on, Integer version) {
        return VersionedUpdate.execute(dsl.update(IRP_ISSUE)
                .set(IRP_ISSUE.OUTCOME, outcome.name())
                .set(IRP_ISSUE.OUTCOME_ON, on),
                IRP_ISSUE.ID, id, IRP_ISSUE.VERSION, version);
    }

    private static Issue issue(Record r) {
        String outcome = r.get(IRP_ISSUE.OUTCOME);
        return new Issue(r.get(IRP_ISSUE.ID), r.get(IRP_ISSUE.CHILD_ID), r.get(CP_CHILD.CASE_REFERENCE), r.get(CP_CHILD.CHAIR_USER_ID),
                IssueCategory.valueOf(r.get(IRP_ISSUE.CATEGORY)), r.get(IRP_ISSUE.SUMMARY), r.get(IRP_ISSUE.RAISED_BY),
                r.get(RAISER.DISPLAY_NAME), r.get(IRP_ISSUE.RAISED_ON), r.get(IRP_ISSUE.STAGE_CODE), r.get(IRP_ISSUE.STAGE_POSITION),
                r.get(IRP_ISSUE.STAGE_SINCE), r.get(IRP_ISSUE.RESPONDED_ON), r.get(IRP_ISSUE.CAFCASS_REFERRED_ON),
                outcome == null ? null : IssueOutcome.valueOf(outcome), r.get(IRP_ISSUE.OUTCOME_ON), r.get(IRP_ISSUE.VERSION));
    }

    // -- steps ---------------------------------------------------------------------------------------

    public List<Issue.Step> steps(UUID issueId) {
        return dsl.select(IRP_STEP.KIND, IRP_STEP.STAGE_CODE, IRP_STEP.ON_DATE, IRP_STEP.NOTE, IRP_STEP.RECORDED_BY,
                        RECORDER.DISPLAY_NAME, IRP_STEP.RECORDED_AT)
                .from(IRP_STEP).join(RECORDER).on(RECORDER.ID.eq(IRP_STEP.RECORDED_BY))
                .where(IRP_STEP.ISSUE_ID.eq(issueId))
                .orderBy(IRP_STEP.RECORDED_AT, IRP_STEP.ID)
                .fetch(r -> new Issue.Step(IssueStepKind.valueOf(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? "" : r.value6(), r.value7().toInstant()));
    }

    public void insertStep(UUID issueId, IssueStepKind kind, String stageCode, LocalDate on, String note, UUID by) {
        dsl.insertInto(IRP_STEP)
                .set(IRP_STEP.TENANT_ID, currentTenantId())
                .set(IRP_STEP.ID, UUID.randomUUID())
                .set(IRP_STEP.ISSUE_ID, issueId)
                .set(IRP_STEP.KIND, kind.name())
                .set(IRP_STEP.STAGE_CODE, stageCode)
                .set(IRP_STEP.ON_DATE, on)
                .set(IRP_STEP.NOTE, note)
                .set(IRP_STEP.RECORDED_BY, by)
                .execute();
    }
}
