package uk.reviewhub.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Measures another feature counts for a group's performance report, beside the meetings' own (the
 * safeguarding service's, for its group). Each is a share of things done on time; its label and
 * target come from the group's terms of reference by code, as every measure's do. A source answers
 * nothing for a group that is not its own.
 */
public interface GroupMeasureSource {

    /** One measure's count: {@code met} of {@code of}; {@code counted} names what is counted, {@code none} says there was nothing. */
    record Counted(String code, String defaultLabel, int met, int of, String counted, String none) {
    }

    List<Counted> measures(UUID groupId, LocalDate from, LocalDate to);
}
