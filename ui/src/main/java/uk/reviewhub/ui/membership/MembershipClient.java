package uk.reviewhub.ui.membership;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.partnership.AgencyRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.EndMembershipRequest;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.MemberRequest;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.PartnershipPersonView;
import uk.reviewhub.api.partnership.PartnershipRoleView;
import uk.reviewhub.api.partnership.EndRoleRequest;
import uk.reviewhub.ui.backend.Backend;

import java.util.List;
import java.util.UUID;

/** A review group's members and the partnership's agencies, read and (for partnership admins) managed. */
@Singleton
public class MembershipClient {

    private final Backend backend;

    MembershipClient(Backend backend) {
        this.backend = backend;
    }

    /** Every seat, former members included. */
    public GroupMembershipView members(UUID groupId) {
        return members(groupId, false);
    }

    /** With {@code currentOnly}, only the seats filled today. */
    public GroupMembershipView members(UUID groupId, boolean currentOnly) {
        return backend.get(group(ApiPaths.GROUP_MEMBERS, groupId) + "?status=" + (currentOnly ? "current" : "all"),
                GroupMembershipView.class);
    }

    public GroupMemberView add(UUID groupId, MemberRequest request) {
        return backend.post(group(ApiPaths.GROUP_MEMBERS, groupId), request, GroupMemberView.class);
    }

    public GroupMemberView change(UUID groupId, UUID memberId, MemberRequest request) {
        return backend.put(member(ApiPaths.GROUP_MEMBER, groupId, memberId), request, GroupMemberView.class);
    }

    public GroupMemberView end(UUID groupId, UUID memberId, EndMembershipRequest request) {
        return backend.post(member(ApiPaths.GROUP_MEMBER_END, groupId, memberId), request, GroupMemberView.class);
    }

    public List<MembershipChangeView> history(UUID groupId, UUID memberId) {
        return backend.get(member(ApiPaths.GROUP_MEMBER_HISTORY, groupId, memberId), Argument.listOf(MembershipChangeView.class));
    }

    /** The history of every seat of the group, oldest first. */
    public List<MembershipChangeView> groupHistory(UUID groupId) {
        return backend.get(group(ApiPaths.GROUP_MEMBERS_HISTORY, groupId), Argument.listOf(MembershipChangeView.class));
    }

    /** The people with a role in the partnership, whom a seat may be linked to (partnership admins). */
    public List<PartnershipPersonView> people() {
        return backend.get(ApiPaths.PARTNERSHIP_PEOPLE, Argument.listOf(PartnershipPersonView.class));
    }

    public List<AgencyView> agencies() {
        return backend.get(ApiPaths.AGENCIES, Argument.listOf(AgencyView.class));
    }

    public AgencyView addAgency(AgencyRequest request) {
        return backend.post(ApiPaths.AGENCIES, request, AgencyView.class);
    }

    public AgencyView changeAgency(UUID agencyId, AgencyRequest request) {
        return backend.put(ApiPaths.AGENCY.replace("{agencyId}", agencyId.toString()), request, AgencyView.class);
    }

    public List<MembershipChangeView> agencyHistory(UUID agencyId) {
        return backend.get(ApiPaths.AGENCY_HISTORY.replace("{agencyId}", agencyId.toString()),
                Argument.listOf(MembershipChangeView.class));
    }

    /** Everyone's partnership roles with their dates, former ones too (partnership admins). */
    public List<PartnershipRoleView> roles() {
        return backend.get(ApiPaths.PARTNERSHIP_ROLES, Argument.listOf(PartnershipRoleView.class));
    }

    public PartnershipRoleView endRole(UUID roleId, EndRoleRequest request) {
        return backend.post(ApiPaths.PARTNERSHIP_ROLE_END.replace("{roleId}", roleId.toString()), request, PartnershipRoleView.class);
    }

    public List<MembershipChangeView> roleHistory(UUID roleId) {
        return backend.get(ApiPaths.PARTNERSHIP_ROLE_HISTORY.replace("{roleId}", roleId.toString()),
                Argument.listOf(MembershipChangeView.class));
    }

    private static String group(String path, UUID groupId) {
        return path.replace("{groupId}", groupId.toString());
    }

    private static String member(String path, UUID groupId, UUID memberId) {
        return group(path, groupId).replace("{memberId}", memberId.toString());
    }
}
