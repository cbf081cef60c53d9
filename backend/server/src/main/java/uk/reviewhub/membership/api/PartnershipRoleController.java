package uk.reviewhub.membership.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.partnership.PartnershipRolesApi;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.partnership.EndRoleRequest;
import uk.reviewhub.api.partnership.MembershipChangeView;
import uk.reviewhub.api.partnership.PartnershipRoleRequest;
import uk.reviewhub.api.partnership.PartnershipRoleView;
import uk.reviewhub.membership.domain.PartnershipRoles;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.util.List;
import java.util.UUID;

/** Partnership admins manage people's partnership roles, with start and end dates and history. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNERSHIP_ADMIN)
@Tag(name = "Membership")
class PartnershipRoleController implements PartnershipRolesApi {

    private final PartnershipRoles roles;
    private final SecurityService security;

    PartnershipRoleController(PartnershipRoles roles, SecurityService security) {
        this.roles = roles;
        this.security = security;
    }

    @Override
    @Operation(summary = "Everyone's partnership roles, former ones too, with their dates")
    public List<PartnershipRoleView> roles() {
        return roles.all().stream().map(MembershipViews::role).toList();
    }

    @Override
    @Operation(summary = "Change a person's partnership roles, agency, start or end (409 if stale)")
    public PartnershipRoleView changeRole(UUID roleId, @Body @Valid PartnershipRoleRequest request) {
        return MembershipViews.role(roles.change(roleId, MembershipViews.edit(request), user()));
    }

    @Override
    @Operation(summary = "End a person's partnership roles; their access ends with them")
    public PartnershipRoleView endRole(UUID roleId, @Body @Valid EndRoleRequest request) {
        return MembershipViews.role(roles.end(roleId, MembershipViews.end(request), user()));
    }

    @Override
    @Operation(summary = "The history of a person's partnership roles, oldest first")
    public List<MembershipChangeView> roleHistory(UUID roleId) {
        return MembershipViews.history(roles.history(roleId));
    }

    private UUID user() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }
}
