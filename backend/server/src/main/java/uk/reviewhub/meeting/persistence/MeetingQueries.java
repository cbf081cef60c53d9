package uk.reviewhub.meeting.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.reviewhub.database.jooq.tables.records.MeetingRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.excluded;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.ATTENDANCE;
import static uk.reviewhub.database.jooq.Tables.MEETING;
import static uk.reviewhub.database.jooq.Tables.MEETING_CHANGE;

/**
 * Meetings, their changes and attendance, on jOOQ's generated tables. No query names a tenant:
 * row-level security keeps every statement to the tenant bound to the connection, and inserts take
 * it from {@code current_tenant_id()}. Updates of editable rows check the version the caller read.
 */
@Singleton
@Connectable
public class MeetingQueries {

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

    /** The values a new meeting is written with (the kind, the status reason and the cadence date aside). */
    private static MeetingRecord meetingValues(UUID groupId, String title, Instant start, @Nullable Integer durationMinutes,
                                               @Nullable String location, UUID createdBy) {
        return new MeetingRecord().setGroupId(groupId).setTitle(title).setScheduledStart(utc(start))
                .setDurationMinutes(durationMinutes).setLocation(location).setCreatedBy(createdBy);
    }

    /** A planned meeting for a cadence date, unless the group already has one for that date. */
    public boolean insertPlannedIfAbsent(UUID groupId, String title, LocalDate occurrenceDate, Instant start,
                                         @Nullable Integer durationMinutes, @Nullable String location, UUID createdBy) {
        return dsl.insertInto(MEETING)
                .set(MEETING.TENANT_ID, currentTenantId())
                .set(MEETING.ID, UUID.randomUUID())
                .set(meetingValues(groupId, title, start, durationMinutes, location, createdBy)
                        .setKind("PLANNED").setOccurrenceDate(occurrenceDate))
                .onConflict(MEETING.TENANT_ID, MEETING.GROUP_ID, MEETING.OCCURRENCE_DATE).doNothing()
                .execute() == 1;
    }

    public UUID insertExtra(UUID groupId, String title, Instant start, @Nullable Integer durationMinutes,
                            @Nullable String location, String reason, UUID createdBy) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(MEETING)
                .set(MEETING.TENANT_ID, currentTenantId())
                .set(MEETING.ID, id)
                .set(meetingValues(groupId, title, start, durationMinutes, location, createdBy)
                        .setKind("EXTRA").setStatusReason(reason))
                .execute();
        return id;
    }

    public Optional<MeetingRow> meeting(UUID id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).fetchOptional().map(MeetingQueries::meeting);
    }

    /** Locks the meeting row for the rest of the transaction, so attendance and verdict stay in step. */
    public Optional<MeetingRow> meetingForUpdate(UUID id) {
        return dsl.selectFrom(MEETING).where(MEETING.ID.eq(id)).forUpdate().fetchOptional().map(MeetingQueries::meeting);
    }

    /** The group's meetings starting in [from, to), by start. */
    public List<MeetingRow> meetings(UUID groupId, Instant from, Instant to) {
        return dsl.selectFrom(MEETING)
                .where(MEETING.GROUP_ID.eq(groupId), MEETING.SCHEDULED_START.ge(utc(from)), MEETING.SCHEDULED_START.lt(utc(to)))
                .orderBy(MEETING.SCHEDULED_START, MEETING.ID)
                .fetch(MeetingQueries::meeting);
    }

    /** The group's planned meetings for cadence dates from {@code from} to {@code to}. */
    public List<MeetingRow> planned(UUID groupId, LocalDate from, LocalDate to) {
        return dsl.selectFrom(MEETING)
                .where(MEETING.GROUP_ID.eq(groupId), MEETING.OCCURRENCE_DATE.between(from, to))
                .orderBy(MEETING.OCCURRENCE_DATE)
                .fetch(MeetingQueries::meeting);
    }

    /** The group's last meeting before {@code start}, cancelled ones not counted. */
    public Optional<UUID> previousMeeting(UUID groupId, Instant start) {
        return dsl.select(MEETING.ID).from(MEETING)
                .where(MEETING.GROUP_ID.eq(groupId), MEETING.STATUS.ne("CANCELLED"), MEETING.SCHEDULED_START.lt(utc(start)))
                .orderBy(MEETING.SCHEDULED_START.desc()).limit(1)
                .fetchOptional(MEETING.ID);
    }

    /** The group's next meeting after {@code start}, cancelled ones not counted. */
    public Optional<MeetingRow> nextMeeting(UUID groupId, Instant start) {
        return dsl.selectFrom(MEETING)
                .where(MEETING.GROUP_ID.eq(groupId), MEETING.STATUS.ne("CANCELLED"), MEETING.SCHEDULED_START.gt(utc(start)))
                .orderBy(MEETING.SCHEDULED_START).limit(1)
                .fetchOptional().map(MeetingQueries::meeting);
    }

    /** 1 if moved; 0 if the version is stale or the meeting is gone. */
    public int move(UUID id, int version, Instant newStart, String reason) {
        return dsl.update(MEETING)
                .set(MEETING.SCHEDULED_START, utc(newStart))
                .set(MEETING.STATUS, "MOVED")
                .set(MEETING.STATUS_REASON, reason)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(id), MEETING.VERSION.eq(version))
                .execute();
    }

    public int cancel(UUID id, int version, String reason) {
        return dsl.update(MEETING)
                .set(MEETING.STATUS, "CANCELLED")
                .set(MEETING.STATUS_REASON, reason)
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(id), MEETING.VERSION.eq(version))
                .execute();
    }

    public int held(UUID id, int version) {
        return dsl.update(MEETING)
                .set(MEETING.STATUS, "HELD")
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .where(MEETING.ID.eq(id), MEETING.VERSION.eq(version))
                .execute();
    }

    public void insertChange(UUID meetingId, String change, Instant previousStart, @Nullable Instant newStart, String reason,
                             UUID changedBy) {
        dsl.insertInto(MEETING_CHANGE)
                .set(MEETING_CHANGE.TENANT_ID, currentTenantId())
                .set(MEETING_CHANGE.ID, UUID.randomUUID())
                .set(MEETING_CHANGE.MEETING_ID, meetingId)
                .set(MEETING_CHANGE.CHANGE, change)
                .set(MEETING_CHANGE.PREVIOUS_START, utc(previousStart))
                .set(MEETING_CHANGE.NEW_START, newStart == null ? null : utc(newStart))
                .set(MEETING_CHANGE.REASON, reason)
                .set(MEETING_CHANGE.CHANGED_BY, changedBy)
                .execute();
    }

    public List<ChangeRow> changes(UUID meetingId) {
        return dsl.selectFrom(MEETING_CHANGE)
                .where(MEETING_CHANGE.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_CHANGE.CHANGED_AT, MEETING_CHANGE.ID)
                .fetch(r -> new ChangeRow(r.getChange(), instant(r.getPreviousStart()), instant(r.getNewStart()),
                        r.getReason(), instant(r.getChangedAt())));
    }

    /** The verdict on the attendance as last recorded; not a user's edit, so the version stays. */
    public void recordQuorum(UUID id, boolean quorate, String summary, List<String> reasons, Instant at) {
        String reasonsJson;
        try {
            reasonsJson = JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        dsl.update(MEETING)
                .set(MEETING.QUORATE, quorate)
                .set(MEETING.QUORUM_SUMMARY, summary)
                .set(MEETING.QUORUM_REASONS, reasonsJson)
                .set(MEETING.QUORUM_RECORDED_AT, utc(at))
                .where(MEETING.ID.eq(id))
                .execute();
    }

    public List<AttendanceRow> attendance(UUID meetingId) {
        return dsl.selectFrom(ATTENDANCE).where(ATTENDANCE.MEETING_ID.eq(meetingId))
                .fetch(r -> new AttendanceRow(r.getMemberId(), r.getStatus(), r.getDeputyName(), r.getDelegatedAuthority(),
                        r.getVersion()));
    }

    /**
     * Records how a seat was filled. With {@code expectedVersion} the existing record must still have
     * it (0 rows otherwise); without, the record is written whatever it was.
     */
    public int recordAttendance(UUID meetingId, UUID memberId, String status, @Nullable String deputyName,
                                boolean delegatedAuthority, UUID recordedBy, Instant at, @Nullable Integer expectedVersion) {
        return dsl.insertInto(ATTENDANCE)
                .set(ATTENDANCE.TENANT_ID, currentTenantId())
                .set(ATTENDANCE.ID, UUID.randomUUID())
                .set(ATTENDANCE.MEETING_ID, meetingId)
                .set(ATTENDANCE.MEMBER_ID, memberId)
                .set(ATTENDANCE.STATUS, status)
                .set(ATTENDANCE.DEPUTY_NAME, deputyName)
                .set(ATTENDANCE.DELEGATED_AUTHORITY, delegatedAuthority)
                .set(ATTENDANCE.RECORDED_AT, utc(at))
                .set(ATTENDANCE.RECORDED_BY, recordedBy)
                .onConflict(ATTENDANCE.TENANT_ID, ATTENDANCE.MEETING_ID, ATTENDANCE.MEMBER_ID).doUpdate()
                .set(ATTENDANCE.STATUS, excluded(ATTENDANCE.STATUS))
                .set(ATTENDANCE.DEPUTY_NAME, excluded(ATTENDANCE.DEPUTY_NAME))
                .set(ATTENDANCE.DELEGATED_AUTHORITY, excluded(ATTENDANCE.DELEGATED_AUTHORITY))
                .set(ATTENDANCE.RECORDED_AT, excluded(ATTENDANCE.RECORDED_AT))
                .set(ATTENDANCE.RECORDED_BY, excluded(ATTENDANCE.RECORDED_BY))
                .set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .where(expectedVersion == null ? DSL.noCondition() : ATTENDANCE.VERSION.eq(expectedVersion))
                .execute();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static List<String> reasons(@Nullable String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MeetingRow meeting(MeetingRecord r) {
        return new MeetingRow(r.getId(), r.getGroupId(), r.getKind(), r.getTitle(), r.getOccurrenceDate(),
                instant(r.getScheduledStart()), r.getDurationMinutes(), r.getLocation(), r.getStatus(), r.getStatusReason(),
                r.getQuorate(), r.getQuorumSummary(), reasons(r.getQuorumReasons()), r.getVersion());
    }
}
