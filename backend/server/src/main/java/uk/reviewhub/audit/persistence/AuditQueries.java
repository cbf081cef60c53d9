package uk.reviewhub.audit.persistence;

import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.api.audit.AuditEventView;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Appends to and pages through {@code audit_event}; the application role may only insert and read it. */
@Singleton
public class AuditQueries {

    private final DSLContext dsl;

    AuditQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(UUID userId, String action, String entity, UUID entityId, String detailJson) {
        dsl.execute("""
                insert into audit_event (tenant_id, id, occurred_at, user_id, action, entity, entity_id, detail)
                values (current_tenant_id(), gen_random_uuid(), clock_timestamp(), ?, ?, ?, ?, ?::jsonb)""",
                userId, action, entity, entityId, detailJson);
    }

    public List<AuditEventView> page(int page, int size) {
        return dsl.fetch("""
                select id, occurred_at, user_id, action, entity, entity_id, detail::text as detail
                  from audit_event order by occurred_at desc, id limit ? offset ?""", size, (long) page * size)
                .map(r -> new AuditEventView(r.get("id", UUID.class), r.get("occurred_at", OffsetDateTime.class),
                        r.get("user_id", UUID.class), r.get("action", String.class), r.get("entity", String.class),
                        r.get("entity_id", UUID.class), r.get("detail", String.class)));
    }

    public long count() {
        return dsl.fetchSingle("select count(*) from audit_event").get(0, Long.class);
    }

}
