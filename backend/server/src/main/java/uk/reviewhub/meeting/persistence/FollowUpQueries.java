package uk.reviewhub.meeting.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record12;
import org.jooq.SelectJoinStep;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static uk.reviewhub.database.jooq.Routines.currentTenantId;
import static uk.reviewhub.database.jooq.Tables.AGENCY;
import static uk.reviewhub.database.jooq.Tables.FOLLOW_UP;
import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.meeting.persistence.MeetingQueries.instant;

/** Follow-ups for the chair, on jOOQ's generated tables, through row-level security. */
@Singleton
@Connectable
public class FollowUpQueries {


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
        int inserted = dsl.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.TENANT_ID, currentTenantId())
                .set(FOLLOW_UP.ID, id)
                .set(FOLLOW_UP.GROUP_ID, groupId)
                .set(FOLLOW_UP.MEMBER_ID, memberId)
                .set(FOLLOW_UP.MEETING_ID, meetingId)
                .set(FOLLOW_UP.PREVIOUS_MEETING_ID, previousMeetingId)
                .onConflict(FOLLOW_UP.TENANT_ID, FOLLOW_UP.MEETING_ID, FOLLOW_UP.MEMBER_ID, FOLLOW_UP.KIND).doNothing()
                .execute();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    public void letter(UUID id, @Nullable String letterHtml, @Nullable String note) {
        dsl.update(FOLLOW_UP).set(FOLLOW_UP.LETTER, letterHtml).set(FOLLOW_UP.LETTER_NOTE, note).where(FOLLOW_UP.ID.eq(id)).execute();
    }

    public List<FollowUpRow> followUps(@Nullable String status) {
        return followUps().where(status == null ? noCondition() : FOLLOW_UP.STATUS.eq(status))
                .orderBy(FOLLOW_UP.CREATED_AT, FOLLOW_UP.ID)
                .fetch(FollowUpQueries::row);
    }

    public Optional<FollowUpRow> followUp(UUID id) {
        return followUps().where(FOLLOW_UP.ID.eq(id)).fetchOptional().map(FollowUpQueries::row);
    }

    public int done(UUID id) {
        return dsl.update(FOLLOW_UP).set(FOLLOW_UP.STATUS, "DONE").where(FOLLOW_UP.ID.eq(id)).execute();
    }

    /** Follow-ups with their seat's post and agency, and whether a letter was drafted (not the letter). */
    private SelectJoinStep<Record12<UUID, String, UUID, UUID, String, String, UUID, UUID, String, Boolean, String, OffsetDateTime>> followUps() {
        return dsl.select(FOLLOW_UP.ID, FOLLOW_UP.KIND, FOLLOW_UP.GROUP_ID, FOLLOW_UP.MEMBER_ID, GROUP_MEMBER.POSITION_TITLE,
                        AGENCY.NAME, FOLLOW_UP.MEETING_ID, FOLLOW_UP.PREVIOUS_MEETING_ID, FOLLOW_UP.STATUS,
                        field(FOLLOW_UP.LETTER.isNotNull()), FOLLOW_UP.LETTER_NOTE, FOLLOW_UP.CREATED_AT)
                .from(FOLLOW_UP)
                .join(GROUP_MEMBER).on(GROUP_MEMBER.ID.eq(FOLLOW_UP.MEMBER_ID))
                .join(AGENCY).on(AGENCY.ID.eq(GROUP_MEMBER.AGENCY_ID));
    }

    private static FollowUpRow row(Record12<UUID, String, UUID, UUID, String, String, UUID, UUID, String, Boolean, String, OffsetDateTime> r) {
        return new FollowUpRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                r.value9(), r.value10(), r.value11(), instant(r.value12()));
    }
}
