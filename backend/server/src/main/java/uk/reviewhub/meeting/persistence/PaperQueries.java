package uk.reviewhub.meeting.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;

/** Papers on agenda items, through row-level security like every tenant-owned row. */
@Singleton
@Connectable
public class PaperQueries {

    private static final String COLUMNS = "id, agenda_item_id, file_name, media_type, size_bytes, sha256, uploaded_at";

    private final DSLContext dsl;

    PaperQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record PaperRow(UUID id, UUID agendaItemId, String fileName, String mediaType, long sizeBytes, String sha256,
                           Instant uploadedAt) {
    }

    public record PaperContent(PaperRow paper, byte[] content) {
    }

    /** The group whose meeting has the agenda item. */
    public Optional<UUID> groupOfItem(UUID itemId) {
        return dsl.fetchOptional("""
                select m.group_id from agenda_item i join meeting m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
                 where i.id = ?""", itemId).map(r -> r.get(0, UUID.class));
    }

    /** The group whose meeting has the paper's agenda item. */
    public Optional<UUID> groupOfPaper(UUID paperId) {
        return dsl.fetchOptional("""
                select m.group_id from paper p
                  join agenda_item i on i.tenant_id = p.tenant_id and i.id = p.agenda_item_id
                  join meeting m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
                 where p.id = ?""", paperId).map(r -> r.get(0, UUID.class));
    }

    public void insert(UUID id, UUID itemId, String fileName, String mediaType, byte[] content, String sha256, UUID uploadedBy) {
        dsl.execute("""
                insert into paper (tenant_id, id, agenda_item_id, file_name, media_type, size_bytes, sha256, content, uploaded_by)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, itemId, fileName, mediaType, (long) content.length, sha256, content, uploadedBy);
    }

    public List<PaperRow> papers(UUID itemId) {
        return dsl.fetch("select " + COLUMNS + " from paper where agenda_item_id = ? order by uploaded_at, id", itemId)
                .map(PaperQueries::row);
    }

    public Optional<PaperRow> paper(UUID id) {
        return dsl.fetchOptional("select " + COLUMNS + " from paper where id = ?", id).map(PaperQueries::row);
    }

    public Optional<PaperContent> content(UUID id) {
        return dsl.fetchOptional("select " + COLUMNS + ", content from paper where id = ?", id)
                .map(r -> new PaperContent(row(r), r.get("content", byte[].class)));
    }

    private static PaperRow row(Record r) {
        return new PaperRow(r.get("id", UUID.class), r.get("agenda_item_id", UUID.class), r.get("file_name", String.class),
                r.get("media_type", String.class), r.get("size_bytes", Long.class), r.get("sha256", String.class),
                instant(r, "uploaded_at"));
    }
}
