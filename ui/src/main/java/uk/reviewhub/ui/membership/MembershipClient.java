package uk.reviewhub.ui.membership;

import io.micronaut.http.client.annotation.Client;
import uk.reviewhub.api.partnership.AgencyRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.MemberRequest;
import uk.reviewhub.api.partnership.MembershipApi;
import uk.reviewhub.api.partnership.PartnershipApi;
import uk.reviewhub.api.partnership.PartnershipRolesApi;
import uk.reviewhub.ui.backend.BackendCall;

import java.util.UUID;

/** A review group's members and the partnership's agencies, read and (for partnership admins) managed. */
@Client(id = "backend", definitionType = Client.DefinitionType.SERVER)
@BackendCall
public interface MembershipClient extends MembershipApi, PartnershipRolesApi, PartnershipApi {

    /** Every seat, former members included. */
    default GroupMembershipView members(UUID groupId) {
        return members(groupId, false);
    }

    /** With {@code currentOnly}, only the seats filled today. */
    default GroupMembershipView members(UUID groupId, boolean currentOnly) {
        return members(groupId, currentOnly ? "current" : "all");
    }

    default GroupMemberView add(UUID groupId, MemberRequest request) {
        return addMember(groupId, request).body();
    }

    default AgencyView addAgency(AgencyRequest request) {
        return createAgency(request).body();
    }
}
