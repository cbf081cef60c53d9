package uk.reviewhub.meeting.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/**
 * Minutes, their entries and the meeting actions. The database refuses any change to approved
 * minutes (triggers in V4) as a backstop to the service's checks.
 */
@Singleton
@Connectable
public class MinutesQueries {

    private static final String COLUMNS = """
            id, meeting_id, number, status, amendment_reason, approved_at, approved_at_meeting_id, circulated_on, version,
            minuted, approved_by""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    MinutesQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record MinutesRow(UUID id, UUID meetingId, int number, String status, @Nullable String amendmentReason,
                             @Nullable Instant approvedAt, @Nullable UUID approvedAtMeetingId,
                             @Nullable LocalDate circulatedOn, int version, @Nullable Minuted minuted,
                             @Nullable UUID approvedBy) {
    }

    /** What approved minutes record besides their entries, as it stood at approval (stored as JSON). */
    public record Minuted(Instant takenAt, List<MinutedSeat> seats, boolean quorate, String quorumSummary, List<String> quorumReasons,
                          List<MinutedAction> actions) {
    }

    public record MinutedSeat(UUID memberId, String positionTitle, String agency, String groupRole, String status,
                              @Nullable String deputyName, boolean delegatedAuthority) {
    }

    public record MinutedAction(UUID actionId, @Nullable UUID agendaItemId, String description, String owner, String agency,
                                LocalDate dueDate) {
    }

    public record EntryRow(UUID id, @Nullable UUID agendaItemId, String heading, String notes, List<String> decisions) {
    }

    public record Entry(@Nullable UUID agendaItemId, String heading, String notes, List<String> decisions) {
    }

    public record ActionRow(UUID id, UUID meetingId, @Nullable UUID agendaItemId, String description, String owner,
                            UUID agencyId, String agencyName, LocalDate dueDate, String status,
                            @Nullable LocalDate completedOn, int version) {
    }

    /** The highest-numbered minutes of the meeting. */
    public Optional<MinutesRow> current(UUID meetingId) {
        return dsl.fetchOptional("select " + COLUMNS + " from minutes where meeting_id = ? order by number desc limit 1",
                meetingId).map(MinutesQueries::minutes);
    }

    public Optional<MinutesRow> currentForUpdate(UUID meetingId) {
        return dsl.fetchOptional("select " + COLUMNS + " from minutes where meeting_id = ? order by number desc limit 1 for update",
                meetingId).map(MinutesQueries::minutes);
    }

    public UUID insert(UUID meetingId, int number, @Nullable String amendmentReason, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.execute("""
                insert into minutes (tenant_id, id, meeting_id, number, amendment_reason, created_by)
                values (current_tenant_id(), ?, ?, ?, ?, ?)""", id, meetingId, number, amendmentReason, createdBy);
        return id;
    }

    /** Replaces a draft's entries; 0 if the draft's version is stale. */
    public int rewrite(UUID minutesId, int version, List<Entry> entries) {
        int bumped = dsl.execute("update minutes set version = version + 1 where id = ? and version = ? and status = 'DRAFT'",
                minutesId, version);
        if (bumped == 0) {
            return 0;
        }
        dsl.execute("delete from minute_entry where minutes_id = ?", minutesId);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            dsl.execute("""
                    insert into minute_entry (tenant_id, id, minutes_id, agenda_item_id, position, heading, notes, decisions)
                    values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?)""",
                    UUID.randomUUID(), minutesId, e.agendaItemId(), i, e.heading(), e.notes(), e.decisions().toArray(String[]::new));
        }
        return 1;
    }

    public List<EntryRow> entries(UUID minutesId) {
        return dsl.fetch("""
                select id, agenda_item_id, heading, notes, decisions from minute_entry
                 where minutes_id = ? order by position""", minutesId)
                .map(r -> new EntryRow(r.get("id", UUID.class), r.get("agenda_item_id", UUID.class), r.get("heading", String.class),
                        r.get("notes", String.class), Arrays.asList(r.get("decisions", String[].class))));
    }

    /** Approves a draft with its record as minuted; 0 if the version is stale. */
    public int approve(UUID minutesId, int version, UUID approvedBy, Instant at, @Nullable UUID atMeetingId, Minuted minuted) {
        return dsl.execute("""
                update minutes set status = 'APPROVED', approved_at = ?::timestamptz, approved_by = ?, approved_at_meeting_id = ?,
                       minuted = ?::jsonb, version = version + 1
                 where id = ? and version = ? and status = 'DRAFT'""", utc(at), approvedBy, atMeetingId, json(minuted),
                minutesId, version);
    }

    public int circulate(UUID minutesId, int version, LocalDate on) {
        return dsl.execute("update minutes set circulated_on = ?::date, version = version + 1 where id = ? and version = ?",
                on, minutesId, version);
    }

    public UUID insertAction(UUID meetingId, @Nullable UUID agendaItemId, String description, String owner, UUID agencyId,
                             LocalDate dueDate, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.execute("""
                insert into meeting_action (tenant_id, id, meeting_id, agenda_item_id, description, owner, agency_id, due_date,
                                            created_by)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?::date, ?)""",
                id, meetingId, agendaItemId, description, owner, agencyId, dueDate, createdBy);
        return id;
    }

    /** The display name of who approved (or amended) minutes. */
    public Optional<String> userName(UUID userId) {
        return dsl.fetchOptional("select display_name from app_user where id = ?", userId)
                .map(r -> r.get("display_name", String.class));
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(dsl.selectOne().from("agency").where("id = ?", agencyId));
    }

    public boolean agendaItemOf(UUID meetingId, UUID itemId) {
        return dsl.fetchExists(dsl.selectOne().from("agenda_item").where("meeting_id = ? and id = ?", meetingId, itemId));
    }

    /** Actions of one meeting, or with {@code groupId} of every meeting of the group, by due date. */
    public List<ActionRow> actions(@Nullable UUID meetingId, @Nullable UUID groupId) {
        return actions(meetingId, groupId, null);
    }

    private List<ActionRow> actions(@Nullable UUID meetingId, @Nullable UUID groupId, @Nullable UUID actionId) {
        return dsl.fetch("""
                select a.id, a.meeting_id, a.agenda_item_id, a.description, a.owner, a.agency_id, g.name as agency_name,
                       a.due_date, a.status, a.completed_on, a.version
                  from meeting_action a
                  join agency g on g.tenant_id = a.tenant_id and g.id = a.agency_id
                  join meeting m on m.tenant_id = a.tenant_id and m.id = a.meeting_id
                 where (?::uuid is null or a.meeting_id = ?::uuid) and (?::uuid is null or m.group_id = ?::uuid)
                   and (?::uuid is null or a.id = ?::uuid)
                 order by a.due_date, a.created_at, a.id""", meetingId, meetingId, groupId, groupId, actionId, actionId)
                .map(r -> new ActionRow(r.get("id", UUID.class), r.get("meeting_id", UUID.class), r.get("agenda_item_id", UUID.class),
                        r.get("description", String.class), r.get("owner", String.class), r.get("agency_id", UUID.class),
                        r.get("agency_name", String.class), r.get("due_date", LocalDate.class), r.get("status", String.class),
                        r.get("completed_on", LocalDate.class), r.get("version", Integer.class)));
    }

    public record DecisionRow(UUID meetingId, Instant meetingStart, String meetingTitle, int minutesNumber,
                              String minutesStatus, @Nullable UUID agendaItemId, String heading, String decision) {
    }

    /** Every decision in the current (highest-numbered) minutes of each of the group's meetings. */
    public List<DecisionRow> decisions(UUID groupId) {
        return dsl.fetch("""
                select m.id as meeting_id, m.scheduled_start, m.title, n.number, n.status, e.agenda_item_id, e.heading,
                       d.decision
                  from meeting m
                  join lateral (select x.* from minutes x where x.tenant_id = m.tenant_id and x.meeting_id = m.id
                                 order by x.number desc limit 1) n on true
                  join minute_entry e on e.tenant_id = n.tenant_id and e.minutes_id = n.id
                 cross join lateral unnest(e.decisions) with ordinality as d(decision, ordinal)
                 where m.group_id = ?
                 order by m.scheduled_start, m.id, e.position, d.ordinal""", groupId)
                .map(r -> new DecisionRow(r.get("meeting_id", UUID.class), instant(r, "scheduled_start"),
                        r.get("title", String.class), r.get("number", Integer.class), r.get("status", String.class),
                        r.get("agenda_item_id", UUID.class), r.get("heading", String.class), r.get("decision", String.class)));
    }

    public Optional<ActionRow> action(UUID actionId) {
        return actions(null, null, actionId).stream().findFirst();
    }

    /** 1 if changed; 0 if the version is stale. */
    public int actionStatus(UUID actionId, int version, String status, @Nullable LocalDate completedOn) {
        return dsl.execute("update meeting_action set status = ?, completed_on = ?::date, version = version + 1 where id = ? and version = ?",
                status, completedOn, actionId, version);
    }

    private static MinutesRow minutes(org.jooq.Record r) {
        Object minuted = r.get("minuted");
        return new MinutesRow(r.get("id", UUID.class), r.get("meeting_id", UUID.class), r.get("number", Integer.class),
                r.get("status", String.class), r.get("amendment_reason", String.class), instant(r, "approved_at"),
                r.get("approved_at_meeting_id", UUID.class), r.get("circulated_on", LocalDate.class),
                r.get("version", Integer.class),
                minuted == null ? null : minuted(minuted instanceof org.jooq.JSONB j ? j.data() : minuted.toString()),
                r.get("approved_by", UUID.class));
    }

    /** The record as stored: ISO dates and instants (V20 writes the same shape for minutes approved before it). */
    static String json(Minuted m) {
        ObjectNode root = JSON.createObjectNode();
        root.put("takenAt", m.takenAt().toString());
        ArrayNode seats = root.putArray("seats");
        for (MinutedSeat s : m.seats()) {
            seats.addObject().put("memberId", s.memberId().toString()).put("positionTitle", s.positionTitle())
                    .put("agency", s.agency()).put("groupRole", s.groupRole()).put("status", s.status())
                    .put("deputyName", s.deputyName()).put("delegatedAuthority", s.delegatedAuthority());
        }
        ObjectNode quorum = root.putObject("quorum");
        quorum.put("quorate", m.quorate()).put("summary", m.quorumSummary());
        ArrayNode reasons = quorum.putArray("reasons");
        m.quorumReasons().forEach(reasons::add);
        ArrayNode actions = root.putArray("actions");
        for (MinutedAction a : m.actions()) {
            actions.addObject().put("actionId", a.actionId().toString())
                    .put("agendaItemId", a.agendaItemId() == null ? null : a.agendaItemId().toString())
                    .put("description", a.description()).put("owner", a.owner()).put("agency", a.agency())
                    .put("dueDate", a.dueDate().toString());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Minuted minuted(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        List<MinutedSeat> seats = new ArrayList<>();
        for (JsonNode s : root.path("seats")) {
            seats.add(new MinutedSeat(UUID.fromString(s.path("memberId").asText()), s.path("positionTitle").asText(),
                    s.path("agency").asText(), s.path("groupRole").asText(), s.path("status").asText(),
                    text(s.get("deputyName")), s.path("delegatedAuthority").asBoolean()));
        }
        JsonNode q = root.path("quorum");
        List<String> reasons = new ArrayList<>();
        q.path("reasons").forEach(reason -> reasons.add(reason.asText()));
        List<MinutedAction> actions = new ArrayList<>();
        for (JsonNode a : root.path("actions")) {
            String item = text(a.get("agendaItemId"));
            actions.add(new MinutedAction(UUID.fromString(a.path("actionId").asText()), item == null ? null : UUID.fromString(item),
                    a.path("description").asText(), a.path("owner").asText(), a.path("agency").asText(),
                    LocalDate.parse(a.path("dueDate").asText())));
        }
        return new Minuted(Instant.parse(root.path("takenAt").asText()), List.copyOf(seats), q.path("quorate").asBoolean(),
                q.path("summary").asText(), List.copyOf(reasons), List.copyOf(actions));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
