package uk.reviewhub.document.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import uk.reviewhub.database.jooq.tables.records.DocumentTemplateRecord;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.document.domain.StoredTemplate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.max;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.DOCUMENT_TEMPLATE;

/**
 * The partnership's template versions, on jOOQ's generated table. As everywhere, no query names a tenant: row-level security
 * keeps them to the tenant bound to the connection, and inserts take {@code current_tenant_id()}.
 */
@Singleton
@Connectable
public class TemplateStore {

    private final DSLContext dsl;

    TemplateStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The highest version of {@code kind}, if the partnership has one. */
    public Optional<StoredTemplate> current(TemplateKind kind) {
        return dsl.selectFrom(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.KIND.eq(kind.name()))
                .orderBy(DOCUMENT_TEMPLATE.VERSION.desc()).limit(1)
                .fetchOptional().map(TemplateStore::template);
    }

    /** The highest version of each kind the partnership has. */
    public List<StoredTemplate> currentOfEachKind() {
        return dsl.select(DOCUMENT_TEMPLATE.fields()).distinctOn(DOCUMENT_TEMPLATE.KIND).from(DOCUMENT_TEMPLATE)
                .orderBy(DOCUMENT_TEMPLATE.KIND, DOCUMENT_TEMPLATE.VERSION.desc())
                .fetch(r -> template(r.into(DOCUMENT_TEMPLATE)));
    }

    /** Every version of {@code kind}, newest first. */
    public List<StoredTemplate> history(TemplateKind kind) {
        return dsl.selectFrom(DOCUMENT_TEMPLATE).where(DOCUMENT_TEMPLATE.KIND.eq(kind.name()))
                .orderBy(DOCUMENT_TEMPLATE.VERSION.desc())
                .fetch(TemplateStore::template);
    }

    /** The text of the last version that came from the partnership's pack, if any. */
    public Optional<String> lastFromPack(TemplateKind kind) {
        return dsl.select(DOCUMENT_TEMPLATE.BODY).from(DOCUMENT_TEMPLATE)
                .where(DOCUMENT_TEMPLATE.KIND.eq(kind.name()), DOCUMENT_TEMPLATE.SOURCE.eq("PACK"))
                .orderBy(DOCUMENT_TEMPLATE.VERSION.desc()).limit(1)
                .fetchOptional(DOCUMENT_TEMPLATE.BODY);
    }

    /**
     * Adds version {@code expectedVersion + 1} of {@code kind} if the current version is still
     * {@code expectedVersion} (0: none yet); empty if another version came first.
     */
    @Transactional
    public Optional<StoredTemplate> add(TemplateKind kind, int expectedVersion, String body, String source, UUID userId) {
        int current = dsl.select(coalesce(max(DOCUMENT_TEMPLATE.VERSION), 0)).from(DOCUMENT_TEMPLATE)
                .where(DOCUMENT_TEMPLATE.KIND.eq(kind.name()))
                .fetchSingle().value1();
        if (current != expectedVersion) {
            return Optional.empty();
        }
        // A concurrent edit that took the same version number first leaves nothing inserted here.
        return dsl.insertInto(DOCUMENT_TEMPLATE)
                .set(DOCUMENT_TEMPLATE.TENANT_ID, currentTenantId())
                .set(DOCUMENT_TEMPLATE.ID, UUID.randomUUID())
                .set(DOCUMENT_TEMPLATE.KIND, kind.name())
                .set(DOCUMENT_TEMPLATE.VERSION, expectedVersion + 1)
                .set(DOCUMENT_TEMPLATE.BODY, body)
                .set(DOCUMENT_TEMPLATE.SOURCE, source)
                .set(DOCUMENT_TEMPLATE.CREATED_BY, userId)
                .onConflict(DOCUMENT_TEMPLATE.TENANT_ID, DOCUMENT_TEMPLATE.KIND, DOCUMENT_TEMPLATE.VERSION).doNothing()
                .returning()
                .fetchOptional().map(TemplateStore::template);
    }

    private static StoredTemplate template(DocumentTemplateRecord r) {
        return new StoredTemplate(TemplateKind.valueOf(r.getKind()), r.getVersion(), r.getSource(), r.getBody(),
                r.getCreatedAt().toInstant());
    }
}
