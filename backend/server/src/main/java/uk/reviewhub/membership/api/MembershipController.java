package uk.reviewhub.membership.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.partnership.MembershipApi;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.partnership.AgencyRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.EndMembershipRequest;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.MemberRequest;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.PartnershipPersonView;
import uk.reviewhub.membership.domain.MembershipAdmin;
import uk.reviewhub.partnership.api.PartnershipViews;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/**
 * Membership management: partnership admins add, change and end seats and add and change
 * agencies; everyone with a role in the partnership reads the history. Another partnership's ids
 * are not found (404).
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Membership")
class MembershipController implements MembershipApi {

    private final MembershipAdmin admin;
    private final SecurityService security;

    MembershipController(MembershipAdmin admin, SecurityService security) {
        this.admin = admin;
        this.security = security;
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Add a member to the group")
    public HttpResponse<GroupMemberView> addMember(UUID groupId, @Body @Valid MemberRequest request) {
        return HttpResponse.status(HttpStatus.CREATED).body(PartnershipViews.member(admin.add(groupId, MembershipViews.edit(request), user())));
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Change a member over the version read (409 if stale)")
    public GroupMemberView change(UUID groupId, UUID memberId, @Body @Valid MemberRequest request) {
        return PartnershipViews.member(admin.change(groupId, memberId, MembershipViews.edit(request), user()));
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "End a membership (it stays as a former member)")
    public GroupMemberView end(UUID groupId, UUID memberId, @Body @Valid EndMembershipRequest request) {
        return PartnershipViews.member(admin.end(groupId, memberId, MembershipViews.end(request), user()));
    }

    @Override
    @Operation(summary = "A member's history, oldest first")
    public List<MembershipChangeView> history(UUID groupId, UUID memberId) {
        return MembershipViews.history(admin.seatHistory(groupId, memberId));
    }

    @Override
    @Operation(summary = "The history of every member of the group, oldest first")
    public List<MembershipChangeView> groupHistory(UUID groupId) {
        return MembershipViews.history(admin.groupHistory(groupId));
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "The people with a role in the partnership, to link seats to")
    public List<PartnershipPersonView> people() {
        return admin.people().stream().map(MembershipViews::person).toList();
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Add an agency")
    public HttpResponse<AgencyView> createAgency(@Body @Valid AgencyRequest request) {
        return HttpResponse.status(HttpStatus.CREATED).body(PartnershipViews.agency(admin.addAgency(MembershipViews.edit(request), user())));
    }

    @Override
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Rename an agency, change its kind or statutory status, record or clear its compact date")
    public AgencyView changeAgency(UUID agencyId, @Body @Valid AgencyRequest request) {
        return PartnershipViews.agency(admin.changeAgency(agencyId, MembershipViews.edit(request), user()));
    }

    @Override
    @Operation(summary = "An agency's history, oldest first")
    public List<MembershipChangeView> agencyHistory(UUID agencyId) {
        return MembershipViews.history(admin.agencyHistory(agencyId));
    }

    private UUID user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }
}
