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
import uk.reviewhub.database.jooq.tables.MeetingAction;
import uk.reviewhub.database.jooq.tables.Minutes;
import uk.reviewhub.database.jooq.tables.records.MinutesRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.AGENDA_ITEM;
import static uk.reviewhub.database.jooq.Tables.APP_USER;
import static uk.reviewhub.database.jooq.Tables.MEETING;
import static uk.reviewhub.database.jooq.Tables.MEETING_ACTION;
import static uk.reviewhub.database.jooq.Tables.MINUTES;
import static uk.reviewhub.database.jooq.Tables.MINUTE_ENTRY;
import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;
import static uk.reviewhub.meeting.persistence.MeetingQueries.utc;

/**
 * Minutes, their entries and the meeting actions, on jOOQ's generated tables. The database refuses any change to approved
 * minutes (triggers in V4) as a backstop to the service's checks.
 */
@Singleton
@Connectable
public class MinutesQueries {

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
        return dsl.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(meetingId)).orderBy(MINUTES.NUMBER.desc()).limit(1)
                .fetchOptional().map(MinutesQueries::minutes);
    }

    public Optional<MinutesRow> currentForUpdate(UUID meetingId) {
        return dsl.selectFrom(MINUTES).where(MINUTES.MEETING_ID.eq(meetingId)).orderBy(MINUTES.NUMBER.desc()).limit(1)
                .forUpdate().fetchOptional().map(MinutesQueries::minutes);
    }

    public UUID insert(UUID meetingId, int number, @Nullable String amendmentReason, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(MINUTES)
                .set(MINUTES.TENANT_ID, currentTenantId())
                .set(MINUTES.ID, id)
                .set(MINUTES.MEETING_ID, meetingId)
                .set(MINUTES.NUMBER, number)
                .set(MINUTES.AMENDMENT_REASON, amendmentReason)
                .set(MINUTES.CREATED_BY, createdBy)
                .execute();
        return id;
    }

    /** Replaces a draft's entries; 0 if the draft's version is stale. */
    public int rewrite(UUID minutesId, int version, List<Entry> entries) {
        int bumped = dsl.update(MINUTES).set(MINUTES.VERSION, MINUTES.VERSION.plus(1))
                .where(MINUTES.ID.eq(minutesId), MINUTES.VERSION.eq(version), MINUTES.STATUS.eq("DRAFT"))
                .execute();
        if (bumped == 0) {
            return 0;
        }
        dsl.deleteFrom(MINUTE_ENTRY).where(MINUTE_ENTRY.MINUTES_ID.eq(minutesId)).execute();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            dsl.insertInto(MINUTE_ENTRY)
                    .set(MINUTE_ENTRY.TENANT_ID, currentTenantId())
                    .set(MINUTE_ENTRY.ID, UUID.randomUUID())
                    .set(MINUTE_ENTRY.MINUTES_ID, minutesId)
                    .set(MINUTE_ENTRY.AGENDA_ITEM_ID, e.agendaItemId())
                    .set(MINUTE_ENTRY.POSITION, i)
                    .set(MINUTE_ENTRY.HEADING, e.heading())
                    .set(MINUTE_ENTRY.NOTES, e.notes())
                    .set(MINUTE_ENTRY.DECISIONS, e.decisions().toArray(String[]::new))
                    .execute();
        }
        return 1;
    }

    public List<EntryRow> entries(UUID minutesId) {
        return dsl.selectFrom(MINUTE_ENTRY).where(MINUTE_ENTRY.MINUTES_ID.eq(minutesId)).orderBy(MINUTE_ENTRY.POSITION)
                .fetch(r -> new EntryRow(r.getId(), r.getAgendaItemId(), r.getHeading(), r.getNotes(),
                        Arrays.asList(r.getDecisions())));
    }

    /** Approves a draft with its record as minuted; 0 if the version is stale. */
    public int approve(UUID minutesId, int version, UUID approvedBy, Instant at, @Nullable UUID atMeetingId, Minuted minuted) {
        return dsl.update(MINUTES)
                .set(MINUTES.STATUS, "APPROVED")
                .set(MINUTES.APPROVED_AT, utc(at))
                .set(MINUTES.APPROVED_BY, approvedBy)
                .set(MINUTES.APPROVED_AT_MEETING_ID, atMeetingId)
                .set(MINUTES.MINUTED, json(minuted))
                .set(MINUTES.VERSION, MINUTES.VERSION.plus(1))
                .where(MINUTES.ID.eq(minutesId), MINUTES.VERSION.eq(version), MINUTES.STATUS.eq("DRAFT"))
                .execute();
    }

    public int circulate(UUID minutesId, int version, LocalDate on) {
        return dsl.update(MINUTES)
                .set(MINUTES.CIRCULATED_ON, on)
                .set(MINUTES.VERSION, MINUTES.VERSION.plus(1))
                .where(MINUTES.ID.eq(minutesId), MINUTES.VERSION.eq(version))
                .execute();
    }

    public UUID insertAction(UUID meetingId, @Nullable UUID agendaItemId, String description, String owner, UUID agencyId,
                             LocalDate dueDate, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(MEETING_ACTION)
                .set(MEETING_ACTION.TENANT_ID, currentTenantId())
                .set(MEETING_ACTION.ID, id)
                .set(MEETING_ACTION.MEETING_ID, meetingId)
                .set(MEETING_ACTION.AGENDA_ITEM_ID, agendaItemId)
                .set(MEETING_ACTION.DESCRIPTION, description)
                .set(MEETING_ACTION.OWNER, owner)
                .set(MEETING_ACTION.AGENCY_ID, agencyId)
                .set(MEETING_ACTION.DUE_DATE, dueDate)
                .set(MEETING_ACTION.CREATED_BY, createdBy)
                .execute();
        return id;
    }

    /** The display name of who approved (or amended) minutes. */
    public Optional<String> userName(UUID userId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.DISPLAY_NAME);
    }

    public boolean agencyExists(UUID agencyId) {
        return dsl.fetchExists(AGENCY, AGENCY.ID.eq(agencyId));
    }

    public boolean agendaItemOf(UUID meetingId, UUID itemId) {
        return dsl.fetchExists(AGENDA_ITEM, AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.ID.eq(itemId)));
    }

    /** Actions of one meeting, or with {@code groupId} of every meeting of the group, by due date. */
    public List<ActionRow> actions(@Nullable UUID meetingId, @Nullable UUID groupId) {
        return actions(meetingId, groupId, null);
    }

    private List<ActionRow> actions(@Nullable UUID meetingId, @Nullable UUID groupId, @Nullable UUID actionId) {
        MeetingAction a = MEETING_ACTION;
        return dsl.select(a.ID, a.MEETING_ID, a.AGENDA_ITEM_ID, a.DESCRIPTION, a.OWNER, a.AGENCY_ID, AGENCY.NAME,
                        a.DUE_DATE, a.STATUS, a.COMPLETED_ON, a.VERSION)
                .from(a)
                .join(AGENCY).on(AGENCY.TENANT_ID.eq(a.TENANT_ID), AGENCY.ID.eq(a.AGENCY_ID))
                .join(MEETING).on(MEETING.TENANT_ID.eq(a.TENANT_ID), MEETING.ID.eq(a.MEETING_ID))
                .where(meetingId == null ? noCondition() : a.MEETING_ID.eq(meetingId),
                        groupId == null ? noCondition() : MEETING.GROUP_ID.eq(groupId),
                        actionId == null ? noCondition() : a.ID.eq(actionId))
                .orderBy(a.DUE_DATE, a.CREATED_AT, a.ID)
                .fetch(r -> new ActionRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10(), r.value11()));
    }

    public record DecisionRow(UUID meetingId, Instant meetingStart, String meetingTitle, int minutesNumber,
                              String minutesStatus, @Nullable UUID agendaItemId, String heading, String decision) {
    }

    /**
     * Every decision in the current (highest-numbered) minutes of each of the group's meetings: the
     * entries of those minutes by meeting start and position, each entry's decisions in their order.
     */
    public List<DecisionRow> decisions(UUID groupId) {
        Minutes x = MINUTES.as("x");
        List<DecisionRow> rows = new ArrayList<>();
        dsl.select(MEETING.ID, MEETING.SCHEDULED_START, MEETING.TITLE, MINUTES.NUMBER, MINUTES.STATUS,
                        MINUTE_ENTRY.AGENDA_ITEM_ID, MINUTE_ENTRY.HEADING, MINUTE_ENTRY.DECISIONS)
                .from(MEETING)
                .join(MINUTES).on(MINUTES.TENANT_ID.eq(MEETING.TENANT_ID), MINUTES.MEETING_ID.eq(MEETING.ID),
                        MINUTES.NUMBER.eq(select(max(x.NUMBER)).from(x)
                                .where(x.TENANT_ID.eq(MEETING.TENANT_ID), x.MEETING_ID.eq(MEETING.ID))))
                .join(MINUTE_ENTRY).on(MINUTE_ENTRY.TENANT_ID.eq(MINUTES.TENANT_ID), MINUTE_ENTRY.MINUTES_ID.eq(MINUTES.ID))
                .where(MEETING.GROUP_ID.eq(groupId))
                .orderBy(MEETING.SCHEDULED_START, MEETING.ID, MINUTE_ENTRY.POSITION)
                .forEach(r -> {
                    for (String decision : r.value8() == null ? new String[0] : r.value8()) {
                        rows.add(new DecisionRow(r.value1(), instant(r.value2()), r.value3(), r.value4(), r.value5(), r.value6(),
                                r.value7(), decision));
                    }
                });
        return rows;
    }

    public Optional<ActionRow> action(UUID actionId) {
        return actions(null, null, actionId).stream().findFirst();
    }

    /** 1 if changed; 0 if the version is stale. */
    public int actionStatus(UUID actionId, int version, String status, @Nullable LocalDate completedOn) {
        return dsl.update(MEETING_ACTION)
                .set(MEETING_ACTION.STATUS, status)
                .set(MEETING_ACTION.COMPLETED_ON, completedOn)
                .set(MEETING_ACTION.VERSION, MEETING_ACTION.VERSION.plus(1))
                .where(MEETING_ACTION.ID.eq(actionId), MEETING_ACTION.VERSION.eq(version))
                .execute();
    }

    private static MinutesRow minutes(MinutesRecord r) {
        return new MinutesRow(r.getId(), r.getMeetingId(), r.getNumber(), r.getStatus(), r.getAmendmentReason(),
                instant(r.getApprovedAt()), r.getApprovedAtMeetingId(), r.getCirculatedOn(), r.getVersion(),
                r.getMinuted() == null ? null : minuted(r.getMinuted()), r.getApprovedBy());
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
