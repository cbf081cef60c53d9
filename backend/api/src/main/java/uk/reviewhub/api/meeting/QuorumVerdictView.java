package uk.reviewhub.api.meeting;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Whether a meeting is quorate under its group's terms of reference: {@code summary} in one line
 * ("quorate: 5 agencies including Police and Health", "not quorate: 3 agencies present, 4
 * required"), {@code reasons} check by check; {@code ruleStated} false when the terms set no quorum.
 */
@Serdeable
public record QuorumVerdictView(boolean quorate, String summary, List<String> reasons, boolean ruleStated,
                                int agenciesPresent) {
}
