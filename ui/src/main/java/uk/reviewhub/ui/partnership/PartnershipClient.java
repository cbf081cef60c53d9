package uk.reviewhub.ui.partnership;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.PartnershipView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.TermsOfReferenceState;
import uk.reviewhub.api.partnership.TermsOfReferenceUpdate;
import uk.reviewhub.api.partnership.TermsOfReferenceView;
import uk.reviewhub.ui.backend.Backend;

import java.util.List;
import java.util.UUID;

/** The partnership API, as the signed-in user. */
@Singleton
public class PartnershipClient {

    private final Backend backend;

    PartnershipClient(Backend backend) {
        this.backend = backend;
    }

    public PartnershipView partnership() {
        return backend.get(ApiPaths.PARTNERSHIP, PartnershipView.class);
    }

    public List<AgencyView> agencies() {
        return backend.get(ApiPaths.AGENCIES, Argument.listOf(AgencyView.class));
    }

    public List<ReviewGroupSummary> groups() {
        return backend.get(ApiPaths.GROUPS, Argument.listOf(ReviewGroupSummary.class));
    }

    public TermsOfReferenceView termsOfReference(UUID groupId) {
        return backend.get(ApiPaths.GROUP_TERMS_OF_REFERENCE.replace("{groupId}", groupId.toString()),
                TermsOfReferenceView.class);
    }

    /** Every version, newest first, each with the review reminder. */
    public List<TermsOfReferenceState> termsOfReferenceVersions(UUID groupId) {
        return backend.get(ApiPaths.GROUP_TERMS_OF_REFERENCE_VERSIONS.replace("{groupId}", groupId.toString()),
                Argument.listOf(TermsOfReferenceState.class));
    }

    /** Writes a new version over the version read (partnership admins). */
    public TermsOfReferenceState updateTermsOfReference(UUID groupId, TermsOfReferenceUpdate update) {
        return backend.put(ApiPaths.GROUP_TERMS_OF_REFERENCE.replace("{groupId}", groupId.toString()), update,
                TermsOfReferenceState.class);
    }
}
