package uk.reviewhub.partnership.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.api.ApiPaths;
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
class PartnershipController {

    private final PartnershipDirectory directory;

    PartnershipController(PartnershipDirectory directory) {
        this.directory = directory;
    }

    @Get(ApiPaths.PARTNERSHIP)
    @Operation(summary = "The signed-in user's partnership, its statutory partners and groups")
    PartnershipView partnership() {
        return directory.partnership().orElseThrow(PartnershipController::notFound);
    }

    @Get(ApiPaths.AGENCIES)
    @Secured({Roles.PARTNERSHIP_ADMIN, Roles.CHAIR, Roles.VICE_CHAIR, Roles.MEMBER, Roles.BUSINESS_SUPPORT,
            Roles.SAFEGUARDING_CHAIR, Roles.SAFEGUARDING_MANAGER, Roles.SAFEGUARDING_SUPPORT}) // conferences invite by agency
    @Operation(summary = "The partnership's agencies, in its order")
    List<AgencyView> agencies() {
        return directory.agencies();
    }

    @Get(ApiPaths.GROUPS)
    @Operation(summary = "The partnership's review groups")
    List<ReviewGroupSummary> groups() {
        return directory.groups();
    }

    @Get(ApiPaths.GROUP_MEMBERS)
    @Operation(summary = "A group's members, by agency; ?status=current for the seats filled today, all (default) with former members")
    GroupMembershipView members(@PathVariable UUID groupId, @QueryValue @Nullable String status) {
        if (status != null && !status.equals("current") && !status.equals("all")) {
            throw new InvalidFieldException("status", "Status is 'current' or 'all'.");
        }
        return directory.membership(groupId, "current".equals(status)).orElseThrow(PartnershipController::notFound);
    }

    @Get(ApiPaths.GROUP_TERMS_OF_REFERENCE)
    @Operation(summary = "The current version of a group's terms of reference")
    TermsOfReferenceView termsOfReference(@PathVariable UUID groupId) {
        return directory.termsOfReference(groupId).orElseThrow(PartnershipController::notFound);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such group in this partnership.");
    }
}
