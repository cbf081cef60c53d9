package uk.reviewhub.membership.api;

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
import uk.reviewhub.api.partnership.EndRoleRequest;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.PartnershipRoleRequest;
import uk.reviewhub.api.partnership.PartnershipRoleView;
import uk.reviewhub.membership.domain.PartnershipRoles;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/** Partnership admins manage people's partnership roles, with start and end dates and history. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNERSHIP_ADMIN)
@Tag(name = "Membership")
class PartnershipRoleController {

    private final PartnershipRoles roles;

    PartnershipRoleController(PartnershipRoles roles) {
        this.roles = roles;
    }

    @Get(ApiPaths.PARTNERSHIP_ROLES)
    @Operation(summary = "Everyone's partnership roles, former ones too, with their dates")
    List<PartnershipRoleView> all() {
        return roles.all();
    }

    @Put(ApiPaths.PARTNERSHIP_ROLE)
    @Operation(summary = "Change a person's partnership roles, agency, start or end (409 if stale)")
    PartnershipRoleView change(@PathVariable UUID roleId, @Body @Valid PartnershipRoleRequest request, Authentication auth) {
        return roles.change(roleId, request, CurrentUser.of(auth).userId());
    }

    @Post(ApiPaths.PARTNERSHIP_ROLE_END)
    @Operation(summary = "End a person's partnership roles; their access ends with them")
    PartnershipRoleView end(@PathVariable UUID roleId, @Body @Valid EndRoleRequest request, Authentication auth) {
        return roles.end(roleId, request, CurrentUser.of(auth).userId());
    }

    @Get(ApiPaths.PARTNERSHIP_ROLE_HISTORY)
    @Operation(summary = "The history of a person's partnership roles, oldest first")
    List<MembershipChangeView> history(@PathVariable UUID roleId) {
        return roles.history(roleId);
    }
}
