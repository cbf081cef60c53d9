package uk.reviewhub.meeting.domain;

import java.util.List;

/**
 * Whether a meeting is quorate, in plain English: {@code summary} is one line such as
 * "quorate: 5 agencies including Police and Health" or "not quorate: 3 agencies present, 4
 * required"; {@code reasons} gives each check of the rule and how it went, and who did not count.
 *
 * @param ruleStated      false when the terms of reference set no quorum (the verdict then only
 *                        asks that someone be present)
 * @param agenciesPresent distinct agencies counted towards the quorum
 */
public record QuorumVerdict(boolean quorate, String summary, List<String> reasons, boolean ruleStated, int agenciesPresent) {

    public QuorumVerdict {
        reasons = List.copyOf(reasons);
    }
}
