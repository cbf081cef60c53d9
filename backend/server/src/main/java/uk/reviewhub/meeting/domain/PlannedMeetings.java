package uk.reviewhub.meeting.domain;

import java.util.List;

/** What planning from the cadence did: {@code created} new meetings; {@code meetings} every planned one in the range. */
public record PlannedMeetings(int created, int alreadyPlanned, List<Meeting> meetings) {
}
