package uk.reviewhub.conference.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.reviewhub.api.vocabulary.EmployerSector;
import uk.reviewhub.api.vocabulary.LadoOutcome;
import uk.reviewhub.conference.domain.Allegation;
import uk.reviewhub.conference.domain.AllegationAction;
import uk.reviewhub.database.VersionedUpdate;
import uk.reviewhub.database.jooq.tables.AppUser;
import uk.reviewhub.database.jooq.tables.records.LadoActionRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.LADO_ACTION;
import static uk.reviewhub.database.jooq.Tables.LADO_ALLEGATION;

/**
 * The LADO log's rows (V34), on the generated schema; row-level security scopes every query to the
 * bound partnership. Answers the domain's records.
 */
@Singleton
public class LadoStore {

    private static final AppUser CHAIR = APP_USER.as("chair");

    private final DSLContext dsl;

    LadoStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every allegation (chairId null), or those whose meeting {@code chairId} chairs; open first, newest first. */
    public List<Allegation> allegations(UUID chairId) {
        return dsl.select(LADO_ALLEGATION.asterisk(), CHAIR.DISPLAY_NAME).from(LADO_ALLEGATION)
                .leftJoin(CHAIR).on(CHAIR.ID.eq(LADO_ALLEGATION.CHAIR_USER_ID))
                .where(chairId == null ? DSL.noCondition() : LADO_ALLEGATION.CHAIR_USER_ID.eq(chairId))
                .orderBy(LADO_ALLEGATION.OUTCOME.isNotNull(), LADO_ALLEGATION.KNOWN_ON.desc(), LADO_ALLEGATION.ID)
                .fetch(LadoStore::allegation);
    }

    public Optional<Allegation> allegation(UUID id) {
        return dsl.select(LADO_ALLEGATION.asterisk(), CHAIR.DISPLAY_NAME).from(LADO_ALLEGATION)
                .leftJoin(CHAIR).on(CHAIR.ID.eq(LADO_ALLEGATION.CHAIR_USER_ID))
                .where(LADO_ALLEGATION.ID.eq(id)).fetchOptional(LadoStore::allegation);
    }

    /** Locks the allegation's row; answers it. */
    public Optional<Allegation> allegationForUpdate(UUID id) {
        dsl.selectOne().from(LADO_ALLEGATION).where(LADO_ALLEGATION.ID.eq(id)).forUpdate().fetch();
        return allegation(id);
    }

    public UUID insert(Allegation.Details d, UUID by) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(LADO_ALLEGATION)
                .set(LADO_ALLEGATION.TENANT_ID, currentTenantId())
                .set(LADO_ALLEGATION.ID, id)
                .set(LADO_ALLEGATION.REFERENCE, d.reference())
                .set(LADO_ALLEGATION.KNOWN_ON, d.knownOn())
                .set(LADO_ALLEGATION.REFERRED_ON, d.referredOn())
                .set(LADO_ALLEGATION.EMPLOYER_SECTOR, d.employerSector().name())
                .set(LADO_ALLEGATION.PERSON_ROLE, d.personRole())
                .set(LADO_ALLEGATION.MEETING_ON, d.meetingOn())
                .set(LADO_ALLEGATION.CHAIR_USER_ID, d.chairId())
                .set(LADO_ALLEGATION.CREATED_BY, by)
                .execute();
        return id;
    }

    /** False when {@code version} is no longer current. */
    public boolean update(UUID id, Allegation.Details d, int version) {
        return VersionedUpdate.execute(dsl.update(LADO_ALLEGATION)
                .set(LADO_ALLEGATION.REFERENCE, d.reference())
                .set(LADO_ALLEGATION.KNOWN_ON, d.knownOn())
                .set(LADO_ALLEGATION.REFERRED_ON, d.referredOn())
                .set(LADO_ALLEGATION.EMPLOYER_SECTOR, d.employerSector().name())
                .set(LADO_ALLEGATION.PERSON_ROLE, d.personRole())
                .set(LADO_ALLEGATION.MEETING_ON, d.meetingOn())
                .set(LADO_ALLEGATION.CHAIR_USER_ID, d.chairId()),
                LADO_ALLEGATION.ID, id, LADO_ALLEGATION.VERSION, version);
    }

    /** False when {@code version} is given and no longer current. */
    public boolean outcome(UUID id, LadoOutcome outcome, LocalDate decidedOn, Integer version) {
        return VersionedUpdate.execute(dsl.update(LADO_ALLEGATION)
                .set(LADO_ALLEGATION.OUTCOME, outcome.name())
                .set(LADO_ALLEGATION.DECIDED_ON, decidedOn),
                LADO_ALLEGATION.ID, id, LADO_ALLEGATION.VERSION, version);
    }

    /** A new version of the allegation (an action was added to it). */
    public void touch(UUID id) {
        dsl.update(LADO_ALLEGATION).set(LADO_ALLEGATION.VERSION, LADO_ALLEGATION.VERSION.plus(1))
                .where(LADO_ALLEGATION.ID.eq(id)).execute();
    }

    private static Allegation allegation(Record r) {
        String outcome = r.get(LADO_ALLEGATION.OUTCOME);
        return new Allegation(r.get(LADO_ALLEGATION.ID), r.get(LADO_ALLEGATION.REFERENCE), r.get(LADO_ALLEGATION.KNOWN_ON),
                r.get(LADO_ALLEGATION.REFERRED_ON), EmployerSector.valueOf(r.get(LADO_ALLEGATION.EMPLOYER_SECTOR)),
                r.get(LADO_ALLEGATION.PERSON_ROLE), r.get(LADO_ALLEGATION.MEETING_ON), r.get(LADO_ALLEGATION.CHAIR_USER_ID),
                r.get(CHAIR.DISPLAY_NAME), outcome == null ? null : LadoOutcome.valueOf(outcome), r.get(LADO_ALLEGATION.DECIDED_ON),
                r.get(LADO_ALLEGATION.VERSION));
    }

    // -- actions -------------------------------------------------------------------------------------

    public List<AllegationAction> actions(UUID allegationId) {
        return dsl.selectFrom(LADO_ACTION).where(LADO_ACTION.ALLEGATION_ID.eq(allegationId))
                .orderBy(LADO_ACTION.DUE_ON, LADO_ACTION.CREATED_AT, LADO_ACTION.ID).fetch(LadoStore::action);
    }

    public Optional<AllegationAction> action(UUID actionId) {
        return dsl.selectFrom(LADO_ACTION).where(LADO_ACTION.ID.eq(actionId)).fetchOptional(LadoStore::action);
    }

    public UUID insertAction(UUID allegationId, String description, String owner, LocalDate dueOn) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(LADO_ACTION)
                .set(LADO_ACTION.TENANT_ID, currentTenantId())
                .set(LADO_ACTION.ID, id)
                .set(LADO_ACTION.ALLEGATION_ID, allegationId)
                .set(LADO_ACTION.DESCRIPTION, description)
                .set(LADO_ACTION.OWNER, owner)
                .set(LADO_ACTION.DUE_ON, dueOn)
                .execute();
        return id;
    }

    /** False when {@code version} is given and no longer current. */
    public boolean actionDone(UUID actionId, LocalDate doneOn, Integer version) {
        return VersionedUpdate.execute(dsl.update(LADO_ACTION)
                .set(LADO_ACTION.DONE_ON, doneOn),
                LADO_ACTION.ID, actionId, LADO_ACTION.VERSION, version);
    }

    private static AllegationAction action(LadoActionRecord r) {
        return new AllegationAction(r.getId(), r.getAllegationId(), r.getDescription(), r.getOwner(), r.getDueOn(), r.getDoneOn(),
                r.getVersion());
    }
}
