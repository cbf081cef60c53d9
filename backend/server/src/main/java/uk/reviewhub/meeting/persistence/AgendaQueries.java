package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    private static ItemRow item(org.jooq.Record r) {
        return new ItemRow(r.get("id", UUID.class), r.get("meeting_id", UUID.class), r.get("title", String.class),
                r.get("description", String.class), r.get("submitted_by", UUID.class), instant(r, "submitted_at"),
                r.get("deadline", LocalDate.class), r.get("late", Boolean.class), r.get("decision", String.class),
                r.get("decision_reason", String.class), r.get("position", Integer.class), r.get("version", Integer.class));
    }
}
