package uk.reviewhub.partnership.api;

import uk.reviewhub.api.partnership.PartnershipApi;
import io.micronaut.http.annotation.Controller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.PartnershipView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.partnership.domain.PartnershipDirectory;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in user's partnership. Open to anyone with a role in a partnership; the rows come
 * through row-level security for the token's tenant, so an id of another partnership answers 404.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT})
@Tag(name = "Partnership")
class PartnershipController implements PartnershipApi {

    private final PartnershipDirectory directory;

    PartnershipController(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @Override
    @Operation(summary = "The signed-in user's partnership, its statutory partners and groups")
    public PartnershipView partnership() {
        return directory.partnership().map(PartnershipViews::partnership).orElseThrow(PartnershipController::notFound);
    }

    @Override
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT,
            Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT}) // conferences invite by agency
    @Operation(summary = "The partnership's agencies, in its order")
    public List<AgencyView> agencies() {
        return directory.agencies().stream().map(PartnershipViews::agency).toList();
    }

    @Override
    @Operation(summary = "The partnership's review groups")
    public List<ReviewGroupSummary> groups() {
        return directory.groups().stream().map(PartnershipViews::group).toList();
    }

    @Override
    @Operation(summary = "A group's members, by agency; ?status=current for the seats filled today, all (default) with former members")
    public GroupMembershipView members(UUID groupId, @Nullable String status) {
        if (status != null && !status.equals("current") && !status.equals("all")) {
            throw new InvalidFieldException("status", "Status is 'current' or 'all'.");
        }
        return directory.membership(groupId, "current".equals(status)).map(PartnershipViews::membership)
                .orElseThrow(PartnershipController::notFound);
    }

    @Override
    @Operation(summary = "The current version of a group's terms of reference")
    public TermsOfReferenceView termsOfReference(UUID groupId) {
        return directory.termsOfReference(groupId).map(PartnershipViews::terms).orElseThrow(PartnershipController::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such group in this partnership.");
    }
}
