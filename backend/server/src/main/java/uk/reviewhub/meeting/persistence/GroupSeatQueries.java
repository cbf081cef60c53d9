package uk.reviewhub.meeting.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The seats a user holds in review groups: {@code group_member} rows with their user id, filled on
 * a day (no start date or started; no end date or not ended). Row-level security keeps them to the
 * tenant bound to the connection.
 */
@Singleton
@Connectable
public class GroupSeatQueries {

    private static final String CURRENT = "(start_date is null or start_date <= ?::date) and (end_date is null or end_date >= ?::date)";

    private final DSLContext dsl;

    GroupSeatQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The group's name, or empty when the partnership has no such group. */
    public Optional<String> groupName(UUID groupId) {
        return dsl.fetchOptional("select name from review_group where id = ?", groupId).map(r -> r.get(0, String.class));
    }

    /** The group roles (CHAIR, VICE_CHAIR, MEMBER, ...) of the user's seats in the group that are filled on {@code day}. */
    public Set<String> currentRoles(UUID groupId, UUID userId, LocalDate day) {
        return new HashSet<>(dsl.fetch("select group_role from group_member where group_id = ? and user_id = ? and " + CURRENT,
                groupId, userId, day, day).map(r -> r.get(0, String.class)));
    }

    /** The groups in which the user holds a chair or vice chair seat filled on {@code day}. */
    public Set<UUID> groupsChairedBy(UUID userId, LocalDate day) {
        return new HashSet<>(dsl.fetch("select group_id from group_member where user_id = ? and group_role in ('CHAIR', 'VICE_CHAIR') and "
                + CURRENT, userId, day, day).map(r -> r.get(0, UUID.class)));
    }
}
