package uk.reviewhub.meeting.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.api.vocabulary.PartnershipRole;
import uk.reviewhub.meeting.persistence.GroupSeatQueries;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Who may act for one review group. A partnership role (CHAIR, VICE_CHAIR, MEMBER) says what kind of
 * person someone is in the partnership, and stays the endpoint's outer gate ({@code @Secured}); a
 * seat says which group they sit on: a {@code group_member} row with their user id, filled today
 * (London), with its group role. Being a chair in the partnership does not make someone the chair
 * of every group.
 *
 * <ul>
 *   <li>{@link #requireChairOrVice}: the chair's own decisions (accept or reject agenda items, order
 *       and publish the agenda, approve or amend minutes). Only the group's current chair or vice chair; business
 *       support never takes these decisions.</li>
 *   <li>{@link #requireChairOrSupport}: the running of the group's meetings that business support does
 *       on the chair's behalf (schedule, attendance, draft minutes, circulation, actions, follow-ups).
 *       The group's chair or vice chair, or someone with a partnership-wide role that services every
 *       group: BUSINESS_SUPPORT or PARTNERSHIP_ADMIN (the endpoint's {@code @Secured} says which of
 *       them reach it at all).</li>
 *   <li>{@link #requireSeat}: what the group's people do (submit agenda items, read and attach papers).
 *       Any current seat in the group, or business support.</li>
 * </ul>
 *
 * A refusal is 403 with a reason naming the group; a group the partnership does not have is 404
 * (another partnership's ids included: row-level security hides them).
 */
@Singleton
public class GroupAuthority {

    private static final Set<String> CHAIR_SEATS = Set.of("CHAIR", "VICE_CHAIR");
    /** The partnership roles, as tokens name them, that work for every group without a seat. */
    private static final String BUSINESS_SUPPORT = PartnershipRole.BUSINESS_SUPPORT.name();
    private static final String PARTNERSHIP_ADMIN = PartnershipRole.PARTNERSHIP_ADMIN.name();

    private final GroupSeatQueries seats;
    private final Clock clock;

    GroupAuthority(GroupSeatQueries seats, Clock clock) {
        this.seats = seats;
        this.clock = clock;
    }

    /**
     * Refuses (403) unless the user holds the group's chair or vice chair seat today.
     *
     * @param doing what is being done, as it reads after "may", e.g. "approve the minutes"
     */
    public void requireChairOrVice(UUID groupId, UUID userId, String doing) {
        String group = groupName(groupId);
        if (!isChairOrVice(groupId, userId)) {
            throw forbidden("Only the chair or vice chair of " + group + " may " + doing + ".");
        }
    }

    /** Refuses (403) unless the user is the group's chair or vice chair today, or business support or a partnership admin. */
    public void requireChairOrSupport(UUID groupId, CurrentUser user, String doing) {
        String group = groupName(groupId);
        if (!servicesEveryGroup(user) && !isChairOrVice(groupId, user.userId())) {
            throw forbidden("Only the chair or vice chair of " + group + ", or business support, may " + doing + ".");
        }
    }

    /** Refuses (403) unless the user holds any seat in the group today, or is business support. */
    public void requireSeat(UUID groupId, CurrentUser user, String doing) {
        String group = groupName(groupId);
        if (!user.roles().contains(BUSINESS_SUPPORT)
                && seats.currentRoles(groupId, user.userId(), LondonTime.today(clock)).isEmpty()) {
            throw forbidden("Only members of " + group + ", or business support, may " + doing + ".");
        }
    }

    /**
     * What the user may do for the group, by the same rules as the {@code require...} checks: what the
     * UI shows (the endpoint's partnership-role gate still applies on top).
     */
    public YourPart yourPart(UUID groupId, CurrentUser user) {
        Set<String> seatRoles = seats.currentRoles(groupId, user.userId(), LondonTime.today(clock));
        boolean chairSeat = seatRoles.stream().anyMatch(CHAIR_SEATS::contains);
        return new YourPart(chairSeat, chairSeat || servicesEveryGroup(user),
                !seatRoles.isEmpty() || user.roles().contains(BUSINESS_SUPPORT));
    }

    /** Whether the user holds the group's chair or vice chair seat today. */
    public boolean isChairOrVice(UUID groupId, UUID userId) {
        return seats.currentRoles(groupId, userId, LondonTime.today(clock)).stream().anyMatch(CHAIR_SEATS::contains);
    }

    /** The groups the user chairs or vice-chairs today. */
    public Set<UUID> groupsChairedBy(UUID userId) {
        return seats.groupsChairedBy(userId, LondonTime.today(clock));
    }

    /** Business support and partnership admins work for every group of their partnership, without a seat in it. */
    public static boolean servicesEveryGroup(CurrentUser user) {
        return user.roles().contains(BUSINESS_SUPPORT) || user.roles().contains(PARTNERSHIP_ADMIN);
    }

    private String groupName(UUID groupId) {
        return seats.groupName(groupId).orElseThrow(() -> new NotFoundException("No such group in this partnership."));
    }

    private static ForbiddenException forbidden(String reason) {
        return new ForbiddenException(reason);
    }
}
