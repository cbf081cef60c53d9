package uk.reviewhub.partnership.domain;

import java.util.List;

/**
 * A review group's seats, grouped by agency in the order the partnership lists its agencies (the
 * API shows it as {@code GroupMembershipView}).
 */
public record GroupMembership(Group group, List<AgencyMembers> agencies) {

    public record AgencyMembers(Agency agency, List<GroupMember> members) {
    }
}
