package uk.reviewhub.archfixture.domain;

import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.vocabulary.AgencyKind;

import java.util.List;

/**
 * Deliberately wrong, for ArchitectureSpec only: a domain class that makes an API view, which the
 * rule forbids, and uses a vocabulary enum, which it allows (the domain's words too).
 */
public class ApiRecordsInDomain {
    public String kindName(AgencyKind kind) {
        return kind.name();
    }

    public QuorumVerdictView verdict() {
        return new QuorumVerdictView(true, "wrong on purpose", List.of(), true, 1);
    }
}
