package uk.reviewhub.api.partnership;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/** People's partnership roles with their first and last days, and their history (partnership admins). */
public interface PartnershipRolesApi {

    /** Everyone's partnership roles with their dates, former ones too. */
    @Get(ApiPaths.PARTNERSHIP_ROLES)
    List<PartnershipRoleView> roles();

    /** Changes a person's partnership roles, agency, start or end (409 if stale). */
    @Put(ApiPaths.PARTNERSHIP_ROLE)
    PartnershipRoleView changeRole(@PathVariable UUID roleId, @Body @Valid PartnershipRoleRequest request);

    /** Ends a person's partnership roles; their access ends with them. */
    @Post(ApiPaths.PARTNERSHIP_ROLE_END)
    PartnershipRoleView endRole(@PathVariable UUID roleId, @Body @Valid EndRoleRequest request);

    /** The history of a person's partnership roles, oldest first. */
    @Get(ApiPaths.PARTNERSHIP_ROLE_HISTORY)
    List<MembershipChangeView> roleHistory(@PathVariable UUID roleId);
}
