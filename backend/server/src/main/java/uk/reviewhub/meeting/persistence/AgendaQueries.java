package uk.reviewhub.meeting.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.reviewhub.database.jooq.tables.AgendaPublication;
import uk.reviewhub.database.jooq.tables.records.AgendaItemRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.any;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENDA_ITEM;
import static uk.reviewhub.database.jooq.Tables.AGENDA_PUBLICATION;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/** Agenda items of meetings and their published revisions, on jOOQ's generated tables. */
@Singleton
@Connectable
public class AgendaQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    AgendaQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record ItemRow(UUID id, UUID meetingId, String title, @Nullable String description, UUID submittedBy,
                          Instant submittedAt, @Nullable LocalDate deadline, boolean late, String decision,
                          @Nullable String decisionReason, @Nullable Integer position, int version) {
    }

    public UUID insert(UUID meetingId, String title, @Nullable String description, UUID submittedBy, Instant submittedAt,
                       @Nullable LocalDate deadline, boolean late) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(AGENDA_ITEM)
                .set(AGENDA_ITEM.TENANT_ID, currentTenantId())
                .set(AGENDA_ITEM.ID, id)
                .set(AGENDA_ITEM.MEETING_ID, meetingId)
                .set(AGENDA_ITEM.TITLE, title)
                .set(AGENDA_ITEM.DESCRIPTION, description)
                .set(AGENDA_ITEM.SUBMITTED_BY, submittedBy)
                .set(AGENDA_ITEM.SUBMITTED_AT, utc(submittedAt))
                .set(AGENDA_ITEM.DEADLINE, deadline)
                .set(AGENDA_ITEM.LATE, late)
                .execute();
        return id;
    }

    /** In agenda order: ordered items first, then the rest by submission. */
    public List<ItemRow> items(UUID meetingId) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(AGENDA_ITEM.POSITION.nullsLast(), AGENDA_ITEM.SUBMITTED_AT, AGENDA_ITEM.ID)
                .fetch(AgendaQueries::item);
    }

    public Optional<ItemRow> item(UUID meetingId, UUID itemId) {
        return dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.MEETING_ID.eq(meetingId), AGENDA_ITEM.ID.eq(itemId))
                .fetchOptional().map(AgendaQueries::item);
    }

    /** 1 if decided; 0 if the version is stale. A rejected item leaves the agenda order. */
    public int decide(UUID itemId, int version, String decision, @Nullable String reason, UUID decidedBy, Instant at) {
        return dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.DECISION, decision)
                .set(AGENDA_ITEM.DECISION_REASON, reason)
                .set(AGENDA_ITEM.DECIDED_BY, decidedBy)
                .set(AGENDA_ITEM.DECIDED_AT, utc(at))
                .set(AGENDA_ITEM.POSITION, "REJECTED".equals(decision) ? DSL.val((Integer) null, AGENDA_ITEM.POSITION) : AGENDA_ITEM.POSITION)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId), AGENDA_ITEM.VERSION.eq(version))
                .execute();
    }

    public void position(UUID itemId, int position) {
        dsl.update(AGENDA_ITEM)
                .set(AGENDA_ITEM.POSITION, position)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId))
                .execute();
    }

    /** A published revision of a meeting's agenda. */
    public record PublicationRow(UUID id, int revision, Instant publishedAt, UUID publishedBy, @Nullable String publishedByName,
                                 List<PublishedItem> items) {
    }

    /** An item as published: its number on the agenda, its title then, and its papers then. */
    public record PublishedItem(UUID itemId, int number, String title, List<PublishedPaper> papers) {
    }

    public record PublishedPaper(UUID id, String name) {
    }

    /** Every published revision, newest first. */
    public List<PublicationRow> publications(UUID meetingId) {
        AgendaPublication p = AGENDA_PUBLICATION;
        return dsl.select(p.ID, p.REVISION, p.PUBLISHED_AT, p.PUBLISHED_BY, APP_USER.DISPLAY_NAME, p.ITEMS)
                .from(p).leftJoin(APP_USER).on(APP_USER.ID.eq(p.PUBLISHED_BY))
                .where(p.MEETING_ID.eq(meetingId)).orderBy(p.REVISION.desc())
                .fetch(r -> publication(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Adds the next revision; the unique (meeting, revision) key refuses a second one with the same number. */
    public void insertPublication(UUID meetingId, int revision, Instant at, UUID by, List<PublishedItem> items) {
        String json;
        try {
            json = JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        dsl.insertInto(AGENDA_PUBLICATION)
                .set(AGENDA_PUBLICATION.TENANT_ID, currentTenantId())
                .set(AGENDA_PUBLICATION.ID, UUID.randomUUID())
                .set(AGENDA_PUBLICATION.MEETING_ID, meetingId)
                .set(AGENDA_PUBLICATION.REVISION, revision)
                .set(AGENDA_PUBLICATION.PUBLISHED_AT, utc(at))
                .set(AGENDA_PUBLICATION.PUBLISHED_BY, by)
                .set(AGENDA_PUBLICATION.ITEMS, json)
                .execute();
    }

    /** Display names of users (a global table: only the names are read). */
    public Map<UUID, String> userNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        dsl.select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(any(ids.toArray(UUID[]::new))))
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    private static PublicationRow publication(UUID id, int revision, OffsetDateTime publishedAt, UUID publishedBy,
                                              @Nullable String publishedByName, String items) {
        try {
            List<PublishedItem> list = List.of(JSON.readValue(items, PublishedItem[].class));
            return new PublicationRow(id, revision, instant(publishedAt), publishedBy, publishedByName, list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An agenda publication's items are not readable", e);
        }
    }

    private static ItemRow item(AgendaItemRecord r) {
        return new ItemRow(r.getId(), r.getMeetingId(), r.getTitle(), r.getDescription(), r.getSubmittedBy(),
                instant(r.getSubmittedAt()), r.getDeadline(), r.getLate(), r.getDecision(), r.getDecisionReason(),
                r.getPosition(), r.getVersion());
    }
}
