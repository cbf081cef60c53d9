package uk.reviewhub.meeting.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/** Agenda items of meetings. */
@Singleton
@Connectable
public class AgendaQueries {

    private static final String COLUMNS = """
            id, meeting_id, title, description, submitted_by, submitted_at, deadline, late, decision, decision_reason,
            position, version""";

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
        dsl.execute("""
                insert into agenda_item (tenant_id, id, meeting_id, title, description, submitted_by, submitted_at, deadline, late)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?::timestamptz, ?::date, ?)""",
                id, meetingId, title, description, submittedBy, utc(submittedAt), deadline, late);
        return id;
    }

    /** In agenda order: ordered items first, then the rest by submission. */
    public List<ItemRow> items(UUID meetingId) {
        return dsl.fetch("select " + COLUMNS + " from agenda_item where meeting_id = ? "
                        + "order by position nulls last, submitted_at, id", meetingId)
                .map(AgendaQueries::item);
    }

    public Optional<ItemRow> item(UUID meetingId, UUID itemId) {
        return dsl.fetchOptional("select " + COLUMNS + " from agenda_item where meeting_id = ? and id = ?", meetingId, itemId)
                .map(AgendaQueries::item);
    }

    /** 1 if decided; 0 if the version is stale. A rejected item leaves the agenda order. */
    public int decide(UUID itemId, int version, String decision, @Nullable String reason, UUID decidedBy, Instant at) {
        return dsl.execute("""
                update agenda_item set decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?::timestamptz,
                       position = case when ?::text = 'REJECTED' then null else position end, version = version + 1
                 where id = ? and version = ?""", decision, reason, decidedBy, utc(at), decision, itemId, version);
    }

    public void position(UUID itemId, int position) {
        dsl.execute("update agenda_item set position = ?, version = version + 1 where id = ?", position, itemId);
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
        return dsl.fetch("""
                select p.id, p.revision, p.published_at, p.published_by, u.display_name, p.items
                  from agenda_publication p left join app_user u on u.id = p.published_by
                 where p.meeting_id = ? order by p.revision desc""", meetingId)
                .map(AgendaQueries::publication);
    }

    /** Adds the next revision; the unique (meeting, revision) key refuses a second one with the same number. */
    public void insertPublication(UUID meetingId, int revision, Instant at, UUID by, List<PublishedItem> items) {
        String json;
        try {
            json = JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        dsl.execute("""
                insert into agenda_publication (tenant_id, id, meeting_id, revision, published_at, published_by, items)
                values (current_tenant_id(), ?, ?, ?, ?::timestamptz, ?, ?::jsonb)""",
                UUID.randomUUID(), meetingId, revision, utc(at), by, json);
    }

    /** Display names of users (a global table: only the names are read). */
    public Map<UUID, String> userNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        dsl.fetch("select id, display_name from app_user where id = any(?::uuid[])", (Object) ids.toArray(UUID[]::new))
                .forEach(r -> names.put(r.get("id", UUID.class), r.get("display_name", String.class)));
        return names;
    }

    private static PublicationRow publication(org.jooq.Record r) {
        Object items = r.get("items");
        try {
            List<PublishedItem> list = List.of(JSON.readValue(items instanceof JSONB j ? j.data() : items.toString(),
                    PublishedItem[].class));
            return new PublicationRow(r.get("id", UUID.class), r.get("revision", Integer.class), instant(r, "published_at"),
                    r.get("published_by", UUID.class), r.get("display_name", String.class), list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An agenda publication's items are not readable", e);
        }
    }

    private static ItemRow item(org.jooq.Record r) {
        return new ItemRow(r.get("id", UUID.class), r.get("meeting_id", UUID.class), r.get("title", String.class),
                r.get("description", String.class), r.get("submitted_by", UUID.class), instant(r, "submitted_at"),
                r.get("deadline", LocalDate.class), r.get("late", Boolean.class), r.get("decision", String.class),
                r.get("decision_reason", String.class), r.get("position", Integer.class), r.get("version", Integer.class));
    }
}
