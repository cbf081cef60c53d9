package uk.reviewhub.partnership.domain;

import jakarta.inject.Singleton;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.PartnershipView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.partnership.persistence.PartnershipQueries;

import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The signed-in user's partnership, its agencies and groups, as the API shows them. */
@Singleton
public class PartnershipDirectory {

    private final PartnershipQueries queries;
    private final Clock clock;

    PartnershipDirectory(PartnershipQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Optional<PartnershipView> partnership() {
        return queries.partnership().map(p -> new PartnershipView(p.id(), p.slug(), p.name(), p.shortName(), p.formerName(),
                p.arrangementsPublished(), queries.agencies().stream().filter(AgencyView::statutoryPartner).toList(),
                queries.groups()));
    }

    public List<AgencyView> agencies() {
        return queries.agencies();
    }

    public List<ReviewGroupSummary> groups() {
        return queries.groups();
    }

    /**
     * Members grouped by agency, agencies in the partnership's order; empty if the group is not
     * visible. Former members are included (meetings of the past need their seats).
     */
    public Optional<GroupMembershipView> membership(UUID groupId) {
        return membership(groupId, false);
    }

    /** As {@link #membership(UUID)}; with {@code currentOnly}, only the seats filled today. */
    public Optional<GroupMembershipView> membership(UUID groupId, boolean currentOnly) {
        LocalDate today = LondonTime.today(clock);
        return queries.group(groupId).map(group -> {
            Map<UUID, AgencyView> agencies = new LinkedHashMap<>();
            Map<UUID, List<GroupMemberView>> members = new LinkedHashMap<>();
            for (PartnershipQueries.MemberRow row : queries.members(groupId, today)) {
                if (currentOnly && !row.member().current()) {
                    continue;
                }
                agencies.putIfAbsent(row.agency().id(), row.agency());
                members.computeIfAbsent(row.agency().id(), id -> new ArrayList<>()).add(row.member());
            }
            List<GroupMembershipView.AgencyMembers> byAgency = new ArrayList<>();
            agencies.forEach((id, agency) -> byAgency.add(new GroupMembershipView.AgencyMembers(agency, members.get(id))));
            return new GroupMembershipView(group, byAgency);
        });
    }

    public Optional<TermsOfReferenceView> termsOfReference(UUID groupId) {
        return queries.group(groupId).flatMap(queries::currentTermsOfReference);
    }
}
