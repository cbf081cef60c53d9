package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.ReviewKind;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case's rapid review: meeting, facts, actions, learning, recommendation, and its exchange with the National Panel. */
public record RapidReview(UUID id, LocalDate meetingOn, List<String> agenciesInvolved, String facts, String immediateActions,
                          String learning, ReviewKind recommendation, LocalDate sentToPanelOn, LocalDate panelResponseOn,
                          String panelResponseSummary, int version) {

    /** This rapid review as the one with {@code id} at {@code version}. */
    public RapidReview as(UUID id, int version) {
        return new RapidReview(id, meetingOn, agenciesInvolved, facts, immediateActions, learning, recommendation, sentToPanelOn,
                panelResponseOn, panelResponseSummary, version);
    }
}
