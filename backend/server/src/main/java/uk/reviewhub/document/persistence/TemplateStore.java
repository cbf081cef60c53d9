package uk.reviewhub.document.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.reviewhub.api.document.TemplateKind;
import uk.reviewhub.document.domain.StoredTemplate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partnership's template versions. As everywhere, no query names a tenant: row-level security
 * keeps them to the tenant bound to the connection, and inserts take {@code current_tenant_id()}.
 */
@Singleton
@Connectable
public class TemplateStore {

    private static final String COLUMNS = "kind, version, source, body, created_at";

    private final DSLContext dsl;

    TemplateStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The highest version of {@code kind}, if the partnership has one. */
    public Optional<StoredTemplate> current(TemplateKind kind) {
        return dsl.fetchOptional("select " + COLUMNS + " from document_template where kind = ? order by version desc limit 1",
                kind.name()).map(TemplateStore::template);
    }

    /** The highest version of each kind the partnership has. */
    public List<StoredTemplate> currentOfEachKind() {
        return dsl.fetch("select distinct on (kind) " + COLUMNS + " from document_template order by kind, version desc")
                .map(TemplateStore::template);
    }

    /** Every version of {@code kind}, newest first. */
    public List<StoredTemplate> history(TemplateKind kind) {
        return dsl.fetch("select " + COLUMNS + " from document_template where kind = ? order by version desc", kind.name())
                .map(TemplateStore::template);
    }

    /** The text of the last version that came from the partnership's pack, if any. */
    public Optional<String> lastFromPack(TemplateKind kind) {
        return dsl.fetchOptional("select body from document_template where kind = ? and source = 'PACK' order by version desc limit 1",
                kind.name()).map(r -> r.get(0, String.class));
    }

    /**
     * Adds version {@code expectedVersion + 1} of {@code kind} if the current version is still
     * {@code expectedVersion} (0: none yet); empty if another version came first.
     */
    @Transactional
    public Optional<StoredTemplate> add(TemplateKind kind, int expectedVersion, String body, String source, UUID userId) {
        int current = dsl.fetchSingle("select coalesce(max(version), 0) from document_template where kind = ?", kind.name())
                .get(0, Integer.class);
        if (current != expectedVersion) {
            return Optional.empty();
        }
        // A concurrent edit that took the same version number first leaves nothing inserted here.
        return dsl.fetchOptional("""
                insert into document_template (tenant_id, id, kind, version, body, source, created_by)
                values (current_tenant_id(), gen_random_uuid(), ?, ?, ?, ?, ?)
                on conflict (tenant_id, kind, version) do nothing
                returning\s""" + COLUMNS, kind.name(), expectedVersion + 1, body, source, userId).map(TemplateStore::template);
    }

    private static StoredTemplate template(Record r) {
        return new StoredTemplate(TemplateKind.valueOf(r.get("kind", String.class)), r.get("version", Integer.class),
                r.get("source", String.class), r.get("body", String.class), r.get("created_at", OffsetDateTime.class).toInstant());
    }
}
