package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What generating the schedule did: {@code created} new meetings; {@code meetings} every planned one in the range. */
@Serdeable
public record GeneratedMeetings(int created, int alreadyPlanned, List<MeetingView> meetings) {
}
