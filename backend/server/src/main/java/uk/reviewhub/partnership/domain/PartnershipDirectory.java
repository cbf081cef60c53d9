package uk.reviewhub.partnership.domain;

import jakarta.inject.Singleton;
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

/** The signed-in user's partnership, its agencies and groups (the API's views of them are made in {@code partnership.api}). */
@Singleton
public class PartnershipDirectory {

    private final PartnershipQueries queries;
    private final Clock clock;

    PartnershipDirectory(PartnershipQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public Optional<Partnership> partnership() {
        return queries.partnership().map(p -> new Partnership(p.id(), p.slug(), p.name(), p.shortName(), p.formerName(),
                p.arrangementsPublished(), queries.agencies().stream().filter(Agency::statutoryPartner).toList(),
                queries.groups()));
    }

    public List<Agency> agencies() {
        return queries.agencies();
    }

    public List<Group> groups() {
        return queries.groups();
    }

    /**
     * Members grouped by agency, agencies in the partnership's order; empty if the group is not
     * visible. Former members are included (meetings of the past need their seats).
     */
    public Optional<GroupMembership> membership(UUID groupId) {
        return membership(groupId, false);
    }

    /** As {@link #membership(UUID)}; with {@code currentOnly}, only the seats filled today. */
    public Optional<GroupMembership> membership(UUID groupId, boolean currentOnly) {
        LocalDate today = LondonTime.today(clock);
        return queries.group(groupId).map(group -> {
            Map<UUID, Agency> agencies = new LinkedHashMap<>();
            Map<UUID, List<GroupMember>> members = new LinkedHashMap<>();
            for (PartnershipQueries.MemberRow row : queries.members(groupId, today)) {
                if (currentOnly && !row.member().current()) {
                    continue;
                }
                agencies.putIfAbsent(row.agency().id(), row.agency());
                members.computeIfAbsent(row.agency().id(), id -> new ArrayList<>()).add(row.member());
            }
            List<GroupMembership.AgencyMembers> byAgency = new ArrayList<>();
            agencies.forEach((id, agency) -> byAgency.add(new GroupMembership.AgencyMembers(agency, members.get(id))));
            return new GroupMembership(group, byAgency);
        });
    }

    public Optional<GroupTerms> termsOfReference(UUID groupId) {
        return queries.group(groupId).flatMap(queries::currentTermsOfReference);
    }
}
