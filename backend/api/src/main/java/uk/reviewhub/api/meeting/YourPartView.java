package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the signed-in user may do for one meeting's group, by their seat in that group today (not by
 * their partnership role alone). {@code chairDecisions}: the group's chair or vice chair seat (accept,
 * reject and order agenda items, publish the agenda, approve or amend minutes). {@code runsMeeting}: that
 * seat, or business support or a partnership admin (attendance, draft minutes, circulation, actions,
 * schedule). {@code submitsItems}: any seat in the group, or business support (submit agenda items,
 * read and attach papers). The endpoint's partnership-role gate still applies on top.
 */
@Serdeable
public record YourPartView(boolean chairDecisions, boolean runsMeeting, boolean submitsItems) {

    public static final YourPartView NONE = new YourPartView(false, false, false);
}
