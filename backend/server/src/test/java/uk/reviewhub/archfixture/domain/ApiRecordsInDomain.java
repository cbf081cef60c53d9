package uk.reviewhub.archfixture.domain;

import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.partnership.TermsOfReferenceView;

import java.util.List;

/**
 * Deliberately wrong, for ArchitectureSpec only: a domain class that reads a partnership record the
 * meeting domain's allowance tolerates, and makes an API view, which no allowance tolerates.
 */
public class ApiRecordsInDomain {
    public String groupName(TermsOfReferenceView terms) {
        return terms.group().name();
    }

    public QuorumVerdictView verdict() {
        return new QuorumVerdictView(true, "wrong on purpose", List.of(), true, 1);
    }
}
