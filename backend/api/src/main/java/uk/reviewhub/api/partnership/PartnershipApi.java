package uk.reviewhub.api.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import uk.reviewhub.api.ApiPaths;

import java.util.List;
import java.util.UUID;

/** The signed-in user's partnership: its agencies, review groups, their members and terms of reference. */
public interface PartnershipApi {

    @Get(ApiPaths.PARTNERSHIP)
    PartnershipView partnership();

    @Get(ApiPaths.AGENCIES)
    List<AgencyView> agencies();

    @Get(ApiPaths.GROUPS)
    List<ReviewGroupSummary> groups();

    /** {@code status} current (the seats filled today) or all (default: former members too). */
    @Get(ApiPaths.GROUP_MEMBERS)
    GroupMembershipView members(@PathVariable UUID groupId, @QueryValue @Nullable String status);

    /** The current version of a group's terms of reference. */
    @Get(ApiPaths.GROUP_TERMS_OF_REFERENCE)
    TermsOfReferenceView termsOfReference(@PathVariable UUID groupId);
}
