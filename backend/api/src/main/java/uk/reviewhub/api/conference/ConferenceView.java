package uk.reviewhub.api.conference;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.api.meeting.QuorumVerdictView;
import uk.reviewhub.api.vocabulary.AbuseCategory;
import uk.reviewhub.api.vocabulary.ConferenceKind;
import uk.reviewhub.api.vocabulary.ConferenceOutcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A conference or review in full: dates, invitees and attendance with the live quorum verdict
 * (child protection conferences; null for a looked-after review), participation, outcome, SMART
 * actions, and its clocks (held on time, reports to parents, decision letter, full record).
 */
@Serdeable
public record ConferenceView(
        UUID id,
        UUID episodeId,
        UUID childId,
        ConferenceKind kind,
        int number,
        String title,
        @Nullable LocalDate plannedOn,
        @Nullable LocalDate heldOn,
        @Nullable UUID reconvenesId,
        @Nullable Boolean quorate,
        @Nullable String delayReason,
        @Nullable LocalDate reportsSharedOn,
        boolean earlyAtIroRequest,
        List<InviteeView> invitees,
        @Nullable QuorumVerdictView quorum,
        @Nullable Boolean childAttended,
        @Nullable String childViews,
        @Nullable Boolean advocateOffered,
        @Nullable Boolean parentsAttended,
        @Nullable String parentsViews,
        @Nullable ConferenceOutcome outcome,
        @Nullable AbuseCategory category,
        @Nullable String reasons,
        @Nullable String dissent,
        @Nullable String leadSocialWorker,
        @Nullable String coreGroup,
        @Nullable String outlinePlan,
        @Nullable String contingencyPlan,
        @Nullable String carePlanScrutiny,
        @Nullable LocalDate nextOn,
        List<ActionView> actions,
        List<TimelineStep> clocks,
        int version) {
}
