package uk.reviewhub.meeting.domain;

/**
 * No such meeting, group, seat or item in the caller's partnership (another partnership's ids
 * included: row-level security hides them). Answered 404.
 */
public class MeetingNotFoundException extends RuntimeException {
    public MeetingNotFoundException(String message) {
        super(message, null, false, false);
    }
}
