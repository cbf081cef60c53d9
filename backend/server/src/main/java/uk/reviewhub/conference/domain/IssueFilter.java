package uk.reviewhub.conference.domain;

import java.util.UUID;

/** The escalation register's filter; any part null: not filtered by it. */
public record IssueFilter(UUID raisedBy, String stageCode, UUID childId, Boolean open) {

    public static final IssueFilter NONE = new IssueFilter(null, null, null, null);
}
