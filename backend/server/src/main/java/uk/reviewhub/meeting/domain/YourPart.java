package uk.reviewhub.meeting.domain;

/**
 * What a user may do for one group by their seat in it today ({@link GroupAuthority} has the rules):
 * {@code chairDecisions} the chair's own decisions; {@code runsMeeting} the running of its meetings
 * (that seat, or business support or a partnership admin); {@code submitsItems} any seat, or
 * business support.
 */
public record YourPart(boolean chairDecisions, boolean runsMeeting, boolean submitsItems) {
}
