package uk.reviewhub.audit.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.audit.domain.AuditEvent;

import java.util.List;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AUDIT_EVENT;

/** Appends to and pages through {@code audit_event}; the application role may only insert and read it. */
@Singleton
public class AuditQueries {

    private final DSLContext dsl;

    AuditQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(UUID userId, String action, String entity, UUID entityId, String detailJson) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.TENANT_ID, currentTenantId())
                .set(AUDIT_EVENT.ID, UUID.randomUUID())
                // the moment of the call, not of the transaction's start: events within one transaction keep their order
                .set(AUDIT_EVENT.OCCURRED_AT, field("clock_timestamp()", AUDIT_EVENT.OCCURRED_AT.getDataType()))
                .set(AUDIT_EVENT.USER_ID, userId)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY, entity)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.DETAIL, detailJson)
                .execute();
    }

    public List<AuditEvent> page(int page, int size) {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.USER_ID, AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY,
                        AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.DETAIL)
                .from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID)
                .limit(size).offset((long) page * size)
                .fetch(r -> new AuditEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    public long count() {
        return dsl.fetchCount(AUDIT_EVENT);
    }
}
