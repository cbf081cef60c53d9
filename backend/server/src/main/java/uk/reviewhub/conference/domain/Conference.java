package uk.reviewhub.conference.domain;

import uk.reviewhub.api.vocabulary.AbuseCategory;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A conference or review of an episode. {@code quorate}: read from the attendance when it was held
 * (null for a looked-after or midway review, which have no quorum, and before it is held).
 * {@code letterIssuedOn} and {@code recordIssuedOn}: the first issue of the decision letter and of
 * the full record (null: not issued).
 */
public record Conference(UUID id, UUID episodeId, ConferenceKind kind, int number, LocalDate plannedOn, LocalDate heldOn,
                         UUID reconvenesId, Boolean quorate, String delayReason, LocalDate reportsSharedOn,
                         boolean earlyAtIroRequest, Participation participation, Outcome outcome,
                         LocalDate letterIssuedOn, LocalDate recordIssuedOn, int version) {

    /** The child's and the parents' participation. */
    public record Participation(Boolean childAttended, String childViews, Boolean advocateOffered, Boolean parentsAttended,
                                String parentsViews) {
        public static final Participation NONE = new Participation(null, null, null, null, null);
    }

    /** The outcome; {@code decision} null until recorded. */
    public record Outcome(ConferenceOutcome decision, AbuseCategory category, String reasons, String dissent,
                          String leadSocialWorker, String coreGroup, String outlinePlan, String contingencyPlan,
                          String carePlanScrutiny, LocalDate nextOn) {
        public static final Outcome NONE = new Outcome(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean held() {
        return heldOn != null;
    }

    /** Held and not found inquorate: it counts as the conference the chain waits for. */
    public boolean counts() {
        return heldOn != null && !Boolean.FALSE.equals(quorate);
    }

    /** In words, e.g. "Child protection review conference 2". */
    public String title() {
        return switch (kind) {
            case INITIAL -> number == 1 ? kind.label() : kind.label() + " (reconvened)";
            case REVIEW, LAC_REVIEW, MIDWAY_REVIEW -> kind.label() + " " + number;
        };
    }
}
