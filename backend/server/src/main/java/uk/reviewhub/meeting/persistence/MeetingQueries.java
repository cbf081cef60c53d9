package uk.reviewhub.meeting.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Meetings, their changes and attendance. No query names a tenant: row-level security keeps every
 * statement to the tenant bound to the connection, and inserts take it from
 * {@code current_tenant_id()}. Updates of editable rows check the version the caller read.
 */
@Singleton
@Connectable
public class MeetingQueries {

    private static final String MEETING_COLUMNS = """
            id, group_id, kind, title, occurrence_date, scheduled_start, duration_minutes, location, status, status_reason,
            quorate, quorum_summary, quorum_reasons, version""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    MeetingQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record MeetingRow(UUID id, UUID groupId, String kind, String title, @Nullable LocalDate occurrenceDate,
                             Instant scheduledStart, @Nullable Integer durationMinutes, @Nullable String location,
                             String status, @Nullable String statusReason, @Nullable Boolean quorate,
                             @Nullable String quorumSummary, List<String> quorumReasons, int version) {
    }

    public record ChangeRow(String change, Instant previousStart, @Nullable Instant newStart, String reason, Instant changedAt) {
    }

    public record AttendanceRow(UUID memberId, String status, @Nullable String deputyName, boolean delegatedAuthority,
                                int version) {
    }

    /** A planned meeting for a cadence date, unless the group already has one for that date. */
    public boolean insertPlannedIfAbsent(UUID groupId, String title, LocalDate occurrenceDate, Instant start,
                                         @Nullable Integer durationMinutes, @Nullable String location, UUID createdBy) {
        return dsl.execute("""
                insert into meeting (tenant_id, id, group_id, kind, title, occurrence_date, scheduled_start, duration_minutes,
                                     location, created_by)
                values (current_tenant_id(), ?, ?, 'PLANNED', ?, ?::date, ?::timestamptz, ?, ?, ?)
                on conflict (tenant_id, group_id, occurrence_date) do nothing""",
                UUID.randomUUID(), groupId, title, occurrenceDate, utc(start), durationMinutes, location, createdBy) == 1;
    }

    public UUID insertExtra(UUID groupId, String title, Instant start, @Nullable Integer durationMinutes,
                            @Nullable String location, String reason, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.execute("""
                insert into meeting (tenant_id, id, group_id, kind, title, scheduled_start, duration_minutes, location,
                                     status_reason, created_by)
                values (current_tenant_id(), ?, ?, 'EXTRA', ?, ?::timestamptz, ?, ?, ?, ?)""",
                id, groupId, title, utc(start), durationMinutes, location, reason, createdBy);
        return id;
    }

    public Optional<MeetingRow> meeting(UUID id) {
        return dsl.fetchOptional("select " + MEETING_COLUMNS + " from meeting where id = ?", id).map(MeetingQueries::meeting);
    }

    /** Locks the meeting row for the rest of the transaction, so attendance and verdict stay in step. */
    public Optional<MeetingRow> meetingForUpdate(UUID id) {
        return dsl.fetchOptional("select " + MEETING_COLUMNS + " from meeting where id = ? for update", id)
                .map(MeetingQueries::meeting);
    }

    /** The group's meetings starting in [from, to), by start. */
    public List<MeetingRow> meetings(UUID groupId, Instant from, Instant to) {
        return dsl.fetch("select " + MEETING_COLUMNS + " " + """
                         from meeting where group_id = ? and scheduled_start >= ?::timestamptz and scheduled_start < ?::timestamptz
                         order by scheduled_start, id""", groupId, utc(from), utc(to))
                .map(MeetingQueries::meeting);
    }

    /** The group's planned meetings for cadence dates from {@code from} to {@code to}. */
    public List<MeetingRow> planned(UUID groupId, LocalDate from, LocalDate to) {
        return dsl.fetch("select " + MEETING_COLUMNS + " " + """
                         from meeting where group_id = ? and occurrence_date between ?::date and ?::date
                         order by occurrence_date""", groupId, from, to)
                .map(MeetingQueries::meeting);
    }

    /** The group's last meeting before {@code start}, cancelled ones not counted. */
    public Optional<UUID> previousMeeting(UUID groupId, Instant start) {
        return dsl.fetchOptional("""
                select id from meeting where group_id = ? and status <> 'CANCELLED' and scheduled_start < ?::timestamptz
                 order by scheduled_start desc limit 1""", groupId, utc(start)).map(r -> r.get("id", UUID.class));
    }

    /** The group's next meeting after {@code start}, cancelled ones not counted. */
    public Optional<MeetingRow> nextMeeting(UUID groupId, Instant start) {
        return dsl.fetchOptional("select " + MEETING_COLUMNS + " " + """
                from meeting where group_id = ? and status <> 'CANCELLED' and scheduled_start > ?::timestamptz
                 order by scheduled_start limit 1""", groupId, utc(start)).map(MeetingQueries::meeting);
    }

    /** 1 if moved; 0 if the version is stale or the meeting is gone. */
    public int move(UUID id, int version, Instant newStart, String reason) {
        return dsl.execute("""
                update meeting set scheduled_start = ?::timestamptz, status = 'MOVED', status_reason = ?, version = version + 1
                 where id = ? and version = ?""", utc(newStart), reason, id, version);
    }

    public int cancel(UUID id, int version, String reason) {
        return dsl.execute("""
                update meeting set status = 'CANCELLED', status_reason = ?, version = version + 1
                 where id = ? and version = ?""", reason, id, version);
    }

    public int held(UUID id, int version) {
        return dsl.execute("update meeting set status = 'HELD', version = version + 1 where id = ? and version = ?", id, version);
    }

    public void insertChange(UUID meetingId, String change, Instant previousStart, @Nullable Instant newStart, String reason,
                             UUID changedBy) {
        dsl.execute("""
                insert into meeting_change (tenant_id, id, meeting_id, change, previous_start, new_start, reason, changed_by)
                values (current_tenant_id(), ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?)""",
                UUID.randomUUID(), meetingId, change, utc(previousStart), newStart == null ? null : utc(newStart), reason,
                changedBy);
    }

    public List<ChangeRow> changes(UUID meetingId) {
        return dsl.fetch("""
                select change, previous_start, new_start, reason, changed_at from meeting_change
                 where meeting_id = ? order by changed_at, id""", meetingId)
                .map(r -> new ChangeRow(r.get("change", String.class), instant(r, "previous_start"), instant(r, "new_start"),
                        r.get("reason", String.class), instant(r, "changed_at")));
    }

    /** The verdict on the attendance as last recorded; not a user's edit, so the version stays. */
    public void recordQuorum(UUID id, boolean quorate, String summary, List<String> reasons, Instant at) {
        String reasonsJson;
        try {
            reasonsJson = JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        dsl.execute("""
                update meeting set quorate = ?, quorum_summary = ?, quorum_reasons = ?::jsonb, quorum_recorded_at = ?::timestamptz
                 where id = ?""", quorate, summary, reasonsJson, utc(at), id);
    }

    public List<AttendanceRow> attendance(UUID meetingId) {
        return dsl.fetch("""
                select member_id, status, deputy_name, delegated_authority, version from attendance where meeting_id = ?""",
                        meetingId)
                .map(r -> new AttendanceRow(r.get("member_id", UUID.class), r.get("status", String.class),
                        r.get("deputy_name", String.class), r.get("delegated_authority", Boolean.class),
                        r.get("version", Integer.class)));
    }

    /**
     * Records how a seat was filled. With {@code expectedVersion} the existing record must still have
     * it (0 rows otherwise); without, the record is written whatever it was.
     */
    public int recordAttendance(UUID meetingId, UUID memberId, String status, @Nullable String deputyName,
                                boolean delegatedAuthority, UUID recordedBy, Instant at, @Nullable Integer expectedVersion) {
        return dsl.execute("""
                insert into attendance (tenant_id, id, meeting_id, member_id, status, deputy_name, delegated_authority,
                                        recorded_at, recorded_by)
                values (current_tenant_id(), ?, ?, ?, ?, ?, ?, ?::timestamptz, ?)
                on conflict (tenant_id, meeting_id, member_id) do update
                   set status = excluded.status, deputy_name = excluded.deputy_name,
                       delegated_authority = excluded.delegated_authority, recorded_at = excluded.recorded_at,
                       recorded_by = excluded.recorded_by, version = attendance.version + 1
                 where ?::int is null or attendance.version = ?::int""",
                UUID.randomUUID(), meetingId, memberId, status, deputyName, delegatedAuthority, utc(at), recordedBy,
                expectedVersion, expectedVersion);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Record r, String column) {
        OffsetDateTime value = r.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> reasons(Object value) {
        if (value == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(value instanceof JSONB j ? j.data() : value.toString(), String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MeetingRow meeting(Record r) {
        Object reasons = r.get("quorum_reasons");
        return new MeetingRow(r.get("id", UUID.class), r.get("group_id", UUID.class), r.get("kind", String.class),
                r.get("title", String.class), r.get("occurrence_date", LocalDate.class), instant(r, "scheduled_start"),
                r.get("duration_minutes", Integer.class), r.get("location", String.class), r.get("status", String.class),
                r.get("status_reason", String.class), r.get("quorate", Boolean.class), r.get("quorum_summary", String.class),
                reasons(reasons),
                r.get("version", Integer.class));
    }
}
