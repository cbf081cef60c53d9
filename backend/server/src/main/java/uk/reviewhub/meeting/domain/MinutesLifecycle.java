package uk.reviewhub.meeting.domain;

import uk.reviewhub.api.vocabulary.MinutesStatus;

import java.util.Optional;

/**
 * What may be done to minutes in each state. Draft minutes are edited and approved; approval locks
 * them; a change after approval is an amendment (a new approved version). Circulation may be
 * recorded in either state: minutes usually go out in draft, within days of the meeting, and are
 * approved at the next one.
 */
public final class MinutesLifecycle {

    public enum Operation { EDIT, APPROVE, AMEND, CIRCULATE }

    private MinutesLifecycle() {
    }

    /** Why {@code operation} is refused for minutes in {@code status}, or empty when allowed. */
    public static Optional<String> refusal(MinutesStatus status, Operation operation) {
        return switch (operation) {
            case EDIT -> status == MinutesStatus.APPROVED
                    ? Optional.of("These minutes were approved and are locked: record an amendment instead.") : Optional.empty();
            case APPROVE -> status == MinutesStatus.APPROVED
                    ? Optional.of("These minutes are already approved.") : Optional.empty();
            case AMEND -> status == MinutesStatus.DRAFT
                    ? Optional.of("The minutes are still a draft: edit the draft instead of amending it.") : Optional.empty();
            case CIRCULATE -> Optional.empty();
        };
    }

    /** Approved minutes are locked. */
    public static boolean locked(MinutesStatus status) {
        return status == MinutesStatus.APPROVED;
    }
}
