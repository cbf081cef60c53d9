package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;

/** Follow-ups for the chair, through row-level security. */
@Singleton
@Connectable
public class FollowUpQueries {

    private static final String COLUMNS = """
            f.id, f.kind, f.group_id, f.member_id, gm.position_title, a.name as agency_name, f.meeting_id,
            f.previous_meeting_id, f.status, f.letter is not null as letter_available, f.letter_note, f.created_at""";
    private static final String FROM = """
            from follow_up f join group_member gm on gm.id = f.member_id join agency a on a.id = gm.agency_id""";

    private final DSLContext dsl;

    FollowUpQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record FollowUpRow(UUID id, String kind, UUID groupId, UUID memberId, String positionTitle, String agencyName,
                              UUID meetingId, UUID previousMeetingId, String status, boolean letterAvailable,
                              @Nullable String letterNote, Instant createdAt) {
    }

    /** The new follow-up's id, or empty when this seat's apologies at this meeting are already followed up. */
    public Optional<UUID> insertIfAbsent(UUID groupId, UUID memberId, UUID meetingId, UUID previousMeetingId) {
        UUID id = UUID.randomUUID();
        int inserted = dsl.execute("""
                insert into follow_up (tenant_id, id, group_id, member_id, meeting_id, previous_meeting_id)
                values (current_tenant_id(), ?, ?, ?, ?, ?)
                on conflict (tenant_id, meeting_id, member_id, kind) do nothing""",
                id, groupId, memberId, meetingId, previousMeetingId);
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    public void letter(UUID id, @Nullable String letterHtml, @Nullable String note) {
        dsl.execute("update follow_up set letter = ?, letter_note = ? where id = ?", letterHtml, note, id);
    }

    public List<FollowUpRow> followUps(@Nullable String status) {
        return dsl.fetch("select " + COLUMNS + " " + FROM + " where (?::text is null or f.status = ?::text) order by f.created_at, f.id",
                status, status).map(FollowUpQueries::row);
    }

    public Optional<FollowUpRow> followUp(UUID id) {
        return dsl.fetchOptional("select " + COLUMNS + " " + FROM + " where f.id = ?", id).map(FollowUpQueries::row);
    }

    public int done(UUID id) {
        return dsl.execute("update follow_up set status = 'DONE' where id = ?", id);
    }

    private static FollowUpRow row(Record r) {
        return new FollowUpRow(r.get("id", UUID.class), r.get("kind", String.class), r.get("group_id", UUID.class),
                r.get("member_id", UUID.class), r.get("position_title", String.class), r.get("agency_name", String.class),
                r.get("meeting_id", UUID.class), r.get("previous_meeting_id", UUID.class), r.get("status", String.class),
                r.get("letter_available", Boolean.class), r.get("letter_note", String.class), instant(r, "created_at"));
    }
}
