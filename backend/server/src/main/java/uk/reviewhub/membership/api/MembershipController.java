package uk.reviewhub.membership.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.partnership.AgencyRequest;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.EndMembershipRequest;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.MemberRequest;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.PartnershipPersonView;
import uk.reviewhub.membership.domain.MembershipAdmin;
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
class MembershipController {

    private final MembershipAdmin admin;

    MembershipController(MembershipAdmin admin) {
        this.admin = admin;
    }

    @Post(ApiPaths.GROUP_MEMBERS)
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Add a member to the group")
    HttpResponse<GroupMemberView> add(@PathVariable UUID groupId, @Body @Valid MemberRequest request, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(admin.add(groupId, request, CurrentUser.of(auth).userId()));
    }

    @Put(ApiPaths.GROUP_MEMBER)
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Change a member over the version read (409 if stale)")
    GroupMemberView change(@PathVariable UUID groupId, @PathVariable UUID memberId, @Body @Valid MemberRequest request,
                           Authentication auth) {
        return admin.change(groupId, memberId, request, CurrentUser.of(auth).userId());
    }

    @Post(ApiPaths.GROUP_MEMBER_END)
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "End a membership (it stays as a former member)")
    GroupMemberView end(@PathVariable UUID groupId, @PathVariable UUID memberId, @Body @Valid EndMembershipRequest request,
                        Authentication auth) {
        return admin.end(groupId, memberId, request, CurrentUser.of(auth).userId());
    }

    @Get(ApiPaths.GROUP_MEMBER_HISTORY)
    @Operation(summary = "A member's history, oldest first")
    List<MembershipChangeView> history(@PathVariable UUID groupId, @PathVariable UUID memberId) {
        return admin.seatHistory(groupId, memberId);
    }

    @Get(ApiPaths.GROUP_MEMBERS_HISTORY)
    @Operation(summary = "The history of every member of the group, oldest first")
    List<MembershipChangeView> groupHistory(@PathVariable UUID groupId) {
        return admin.groupHistory(groupId);
    }

    @Get(ApiPaths.PARTNERSHIP_PEOPLE)
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "The people with a role in the partnership, to link seats to")
    List<PartnershipPersonView> people() {
        return admin.people();
    }

    @Post(ApiPaths.AGENCIES)
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Add an agency")
    HttpResponse<AgencyView> addAgency(@Body @Valid AgencyRequest request, Authentication auth) {
        return HttpResponse.status(HttpStatus.CREATED).body(admin.addAgency(request, CurrentUser.of(auth).userId()));
    }

    @Put(ApiPaths.AGENCY)
    @Secured(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Rename an agency, change its kind or statutory status, record or clear its compact date")
    AgencyView changeAgency(@PathVariable UUID agencyId, @Body @Valid AgencyRequest request, Authentication auth) {
        return admin.changeAgency(agencyId, request, CurrentUser.of(auth).userId());
    }

    @Get(ApiPaths.AGENCY_HISTORY)
    @Operation(summary = "An agency's history, oldest first")
    List<MembershipChangeView> agencyHistory(@PathVariable UUID agencyId) {
        return admin.agencyHistory(agencyId);
    }
}
