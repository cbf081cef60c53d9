package uk.reviewhub.meeting.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static uk.reviewhub.database.jooq.Tables.GROUP_MEMBER;
import static uk.reviewhub.database.jooq.Tables.REVIEW_GROUP;

/**
 * The seats a user holds in review groups: {@code group_member} rows with their user id, filled on
 * a day (no start date or started; no end date or not ended). Row-level security keeps them to the
 * tenant bound to the connection.
 */
@Singleton
@Connectable
public class GroupSeatQueries {

    /** The seat is filled on {@code day}. */
    static Condition filledOn(LocalDate day) {
        return GROUP_MEMBER.START_DATE.isNull().or(GROUP_MEMBER.START_DATE.le(day))
                .and(GROUP_MEMBER.END_DATE.isNull().or(GROUP_MEMBER.END_DATE.ge(day)));
    }

    private final DSLContext dsl;

    GroupSeatQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The group's name, or empty when the partnership has no such group. */
    public Optional<String> groupName(UUID groupId) {
        return dsl.select(REVIEW_GROUP.NAME).from(REVIEW_GROUP).where(REVIEW_GROUP.ID.eq(groupId)).fetchOptional(REVIEW_GROUP.NAME);
    }

    /** The group roles (CHAIR, VICE_CHAIR, MEMBER, ...) of the user's seats in the group that are filled on {@code day}. */
    public Set<String> currentRoles(UUID groupId, UUID userId, LocalDate day) {
        return new HashSet<>(dsl.select(GROUP_MEMBER.GROUP_ROLE).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId), GROUP_MEMBER.USER_ID.eq(userId), filledOn(day))
                .fetch(GROUP_MEMBER.GROUP_ROLE));
    }

    /** The groups in which the user holds a chair or vice chair seat filled on {@code day}. */
    public Set<UUID> groupsChairedBy(UUID userId, LocalDate day) {
        return new HashSet<>(dsl.select(GROUP_MEMBER.GROUP_ID).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.USER_ID.eq(userId), GROUP_MEMBER.GROUP_ROLE.in("CHAIR", "VICE_CHAIR"), filledOn(day))
                .fetch(GROUP_MEMBER.GROUP_ID));
    }
}
