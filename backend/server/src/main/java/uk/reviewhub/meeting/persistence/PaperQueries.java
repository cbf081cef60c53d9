package uk.reviewhub.meeting.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENDA_ITEM;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.MEETING;
import static uk.reviewhub.database.jooq.Tables.PAPER;
import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;

/** Papers on agenda items, on jOOQ's generated tables, through row-level security like every tenant-owned row. */
@Singleton
@Connectable
public class PaperQueries {

    /** A paper's details and its uploader's name ({@code app_user} is global: only the name is read). */
    private static final List<SelectField<?>> COLUMNS = List.of(PAPER.ID, PAPER.AGENDA_ITEM_ID, PAPER.FILE_NAME, PAPER.MEDIA_TYPE,
            PAPER.SIZE_BYTES, PAPER.SHA256, PAPER.UPLOADED_AT, PAPER.UPLOADED_BY, APP_USER.DISPLAY_NAME);

    private final DSLContext dsl;

    PaperQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record PaperRow(UUID id, UUID agendaItemId, String fileName, String mediaType, long sizeBytes, String sha256,
                           Instant uploadedAt, UUID uploadedBy, String uploadedByName) {
    }

    public record PaperContent(PaperRow paper, byte[] content) {
    }

    /** The group whose meeting has the agenda item. */
    public Optional<UUID> groupOfItem(UUID itemId) {
        return dsl.select(MEETING.GROUP_ID).from(AGENDA_ITEM)
                .join(MEETING).on(MEETING.TENANT_ID.eq(AGENDA_ITEM.TENANT_ID), MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOptional(MEETING.GROUP_ID);
    }

    /** The group whose meeting has the paper's agenda item. */
    public Optional<UUID> groupOfPaper(UUID paperId) {
        return dsl.select(MEETING.GROUP_ID).from(PAPER)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.TENANT_ID.eq(PAPER.TENANT_ID), AGENDA_ITEM.ID.eq(PAPER.AGENDA_ITEM_ID))
                .join(MEETING).on(MEETING.TENANT_ID.eq(AGENDA_ITEM.TENANT_ID), MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .where(PAPER.ID.eq(paperId))
                .fetchOptional(MEETING.GROUP_ID);
    }

    public void insert(UUID id, UUID itemId, String fileName, String mediaType, byte[] content, String sha256, UUID uploadedBy) {
        dsl.insertInto(PAPER)
                .set(PAPER.TENANT_ID, currentTenantId())
                .set(PAPER.ID, id)
                .set(PAPER.AGENDA_ITEM_ID, itemId)
                .set(PAPER.FILE_NAME, fileName)
                .set(PAPER.MEDIA_TYPE, mediaType)
                .set(PAPER.SIZE_BYTES, (long) content.length)
                .set(PAPER.SHA256, sha256)
                .set(PAPER.CONTENT, content)
                .set(PAPER.UPLOADED_BY, uploadedBy)
                .execute();
    }

    public List<PaperRow> papers(UUID itemId) {
        return papers(List.of()).where(PAPER.AGENDA_ITEM_ID.eq(itemId)).orderBy(PAPER.UPLOADED_AT, PAPER.ID)
                .fetch(PaperQueries::row);
    }

    /** The papers of every agenda item of a meeting, by upload. */
    public List<PaperRow> papersOfMeeting(UUID meetingId) {
        return papers(List.of())
                .join(AGENDA_ITEM).on(AGENDA_ITEM.TENANT_ID.eq(PAPER.TENANT_ID), AGENDA_ITEM.ID.eq(PAPER.AGENDA_ITEM_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).orderBy(PAPER.UPLOADED_AT, PAPER.ID)
                .fetch(PaperQueries::row);
    }

    public Optional<PaperRow> paper(UUID id) {
        return papers(List.of()).where(PAPER.ID.eq(id)).fetchOptional().map(PaperQueries::row);
    }

    public Optional<PaperContent> content(UUID id) {
        return papers(List.of(PAPER.CONTENT)).where(PAPER.ID.eq(id)).fetchOptional()
                .map(r -> new PaperContent(row(r), r.get(PAPER.CONTENT)));
    }

    /** Papers with their uploader's name, and any further columns. */
    private SelectJoinStep<Record> papers(List<SelectField<?>> more) {
        List<SelectField<?>> fields = new java.util.ArrayList<>(COLUMNS);
        fields.addAll(more);
        return dsl.select(fields).from(PAPER).leftJoin(APP_USER).on(APP_USER.ID.eq(PAPER.UPLOADED_BY));
    }

    private static PaperRow row(Record r) {
        return new PaperRow(r.get(PAPER.ID), r.get(PAPER.AGENDA_ITEM_ID), r.get(PAPER.FILE_NAME), r.get(PAPER.MEDIA_TYPE),
                r.get(PAPER.SIZE_BYTES), r.get(PAPER.SHA256), instant(r.get(PAPER.UPLOADED_AT)), r.get(PAPER.UPLOADED_BY),
                r.get(APP_USER.DISPLAY_NAME));
    }
}
