package uk.reviewhub.ui.partnership;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import uk.reviewhub.api.ApiPaths;
import uk.reviewhub.api.partnership.PartnershipView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
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

    public List<ReviewGroupSummary> groups() {
        return backend.get(ApiPaths.GROUPS, Argument.listOf(ReviewGroupSummary.class));
    }

    public TermsOfReferenceView termsOfReference(UUID groupId) {
        return backend.get(ApiPaths.GROUP_TERMS_OF_REFERENCE.replace("{groupId}", groupId.toString()),
                TermsOfReferenceView.class);
    }
}
