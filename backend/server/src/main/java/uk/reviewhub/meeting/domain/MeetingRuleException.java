package uk.reviewhub.meeting.domain;

/**
 * The request is well formed but the meeting's rules do not allow it (a cadence that cannot be
 * expanded, an agenda order missing an item, a move of a cancelled meeting). Answered 422 with the
 * message, which is written for the caller.
 */
public class MeetingRuleException extends RuntimeException {
    public MeetingRuleException(String message) {
        super(message, null, false, false);
    }
}
