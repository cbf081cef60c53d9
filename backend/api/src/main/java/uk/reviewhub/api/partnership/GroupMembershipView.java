package uk.reviewhub.api.partnership;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A review group's members, grouped by agency in the order the partnership lists its agencies. */
@Serdeable
public record GroupMembershipView(ReviewGroupSummary group, List<AgencyMembers> agencies) {

    @Serdeable
    public record AgencyMembers(AgencyView agency, List<GroupMemberView> members) {
    }
}
