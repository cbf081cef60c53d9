package uk.reviewhub.api.partnership;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/** Membership management: partnership admins add, change and end seats and agencies; the partnership's people read the history. */
public interface MembershipApi {

    /** Adds a member to the group: 201. */
    @Post(ApiPaths.GROUP_MEMBERS)
    HttpResponse<GroupMemberView> addMember(@PathVariable UUID groupId, @Body @Valid MemberRequest request);

    /** Changes a member over the version read (409 if stale). */
    @Put(ApiPaths.GROUP_MEMBER)
    GroupMemberView change(@PathVariable UUID groupId, @PathVariable UUID memberId, @Body @Valid MemberRequest request);

    /** Ends a membership (it stays as a former member). */
    @Post(ApiPaths.GROUP_MEMBER_END)
    GroupMemberView end(@PathVariable UUID groupId, @PathVariable UUID memberId, @Body @Valid EndMembershipRequest request);

    /** A member's history, oldest first. */
    @Get(ApiPaths.GROUP_MEMBER_HISTORY)
    List<MembershipChangeView> history(@PathVariable UUID groupId, @PathVariable UUID memberId);

    /** The history of every seat of the group, oldest first. */
    @Get(ApiPaths.GROUP_MEMBERS_HISTORY)
    List<MembershipChangeView> groupHistory(@PathVariable UUID groupId);

    /** The people with a role in the partnership, whom a seat may be linked to (partnership admins). */
    @Get(ApiPaths.PARTNERSHIP_PEOPLE)
    List<PartnershipPersonView> people();

    /** Adds an agency: 201. */
    @Post(ApiPaths.AGENCIES)
    HttpResponse<AgencyView> createAgency(@Body @Valid AgencyRequest request);

    /** Renames an agency, changes its kind or statutory status, records or clears its compact date. */
    @Put(ApiPaths.AGENCY)
    AgencyView changeAgency(@PathVariable UUID agencyId, @Body @Valid AgencyRequest request);

    /** An agency's history, oldest first. */
    @Get(ApiPaths.AGENCY_HISTORY)
    List<MembershipChangeView> agencyHistory(@PathVariable UUID agencyId);
}
