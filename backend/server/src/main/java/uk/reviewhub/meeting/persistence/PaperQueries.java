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

    private static final String COLUMNS = """
            p.id, p.agenda_item_id, p.file_name, p.media_type, p.size_bytes, p.sha256, p.uploaded_at, p.uploaded_by,
            u.display_name as uploaded_by_name""";
    /** Papers with their uploader's name ({@code app_user} is global: only the name is read). */
    private static final String FROM = " from paper p left join app_user u on u.id = p.uploaded_by ";

    private final DSLContext dsl;

    PaperQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record PaperRow(UUID id, UUID agendaItemId, String fileName, String mediaType, long sizeBytes, String sha256,
                           Instant uploadedAt, UUID uploadedBy, String uploadedByName) {
    }

    public record PaperContent(PaperRow paper, byte[] content) {
    }

    public boolean agendaItemExists(UUID itemId) {
        return dsl.fetchExists(dsl.selectOne().from("agenda_item").where("id = ?", itemId));
    }

    public void insert(UUID id, UUID itemId, String fileName, String mediaType, byte[] content, String sha256, UUID uploadedBy) {
        dsl.execute("""
                insert into paper (tenant_id, id, agenda_item_id, file_name, media_type, size_bytes, sha256, content, uploaded_by)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, itemId, fileName, mediaType, (long) content.length, sha256, content, uploadedBy);
    }

    public List<PaperRow> papers(UUID itemId) {
        return dsl.fetch("select " + COLUMNS + FROM + "where p.agenda_item_id = ? order by p.uploaded_at, p.id", itemId)
                .map(PaperQueries::row);
    }

    /** The papers of every agenda item of a meeting, by upload. */
    public List<PaperRow> papersOfMeeting(UUID meetingId) {
        return dsl.fetch("select " + COLUMNS + FROM + "join agenda_item i on i.tenant_id = p.tenant_id and i.id = p.agenda_item_id "
                        + "where i.meeting_id = ? order by p.uploaded_at, p.id", meetingId)
                .map(PaperQueries::row);
    }

    public Optional<PaperRow> paper(UUID id) {
        return dsl.fetchOptional("select " + COLUMNS + FROM + "where p.id = ?", id).map(PaperQueries::row);
    }

    public Optional<PaperContent> content(UUID id) {
        return dsl.fetchOptional("select " + COLUMNS + ", p.content" + FROM + "where p.id = ?", id)
                .map(r -> new PaperContent(row(r), r.get("content", byte[].class)));
    }

    private static PaperRow row(Record r) {
        return new PaperRow(r.get("id", UUID.class), r.get("agenda_item_id", UUID.class), r.get("file_name", String.class),
                r.get("media_type", String.class), r.get("size_bytes", Long.class), r.get("sha256", String.class),
                instant(r, "uploaded_at"), r.get("uploaded_by", UUID.class), r.get("uploaded_by_name", String.class));
    }
}
