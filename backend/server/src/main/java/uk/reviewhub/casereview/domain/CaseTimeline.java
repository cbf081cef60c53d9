package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.Nature;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.time.clock.ClockDefinition;
import uk.reviewhub.time.clock.ClockDefinitions;
import uk.reviewhub.time.clock.ClockReading;
import uk.reviewhub.time.clock.ClockRule;
import uk.reviewhub.time.clock.ClockStatus;
import uk.reviewhub.time.clock.StatutoryClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every step of a case, in order, with its clock where it has one. Timescales come from the
 * partnership's clock definitions (defaults merged with its overrides), never from constants here.
 */
public final class CaseTimeline {

    public static final String SIN_NOTIFICATION = "sin-notification";
    public static final String RAPID_REVIEW = "rapid-review";
    public static final String LCSPR_PUBLICATION = "lcspr-publication";
    public static final String FINAL_REPORT_TO_PANEL = "final-report-to-panel";

    private static final ClockRule ON_THE_DAY = new ClockRule.WorkingDaysAfter(0);

    private CaseTimeline() {
    }

    public static List<CaseStep> steps(CaseFile file, ClockDefinitions clocks, StatutoryClock clock, LocalDate today) {
        CaseDetails c = file.details();
        RapidReview rr = file.rapidReview();
        Decision decision = file.decision();
        CommissionedReview review = file.review();
        List<CaseStep> steps = new ArrayList<>();

        steps.add(done("aware", "Local authority became aware", c.awareOn()));
        if (file.isSin() || c.nature() != Nature.OTHER) {
            steps.add(clocked(SIN_NOTIFICATION, clocks.get(SIN_NOTIFICATION), c.awareOn(), c.notifiedOn(), clock, today));
        }
        if (file.isSin()) {
            steps.add(done("rapid-review-meeting", "Rapid review meeting", rr == null ? null : rr.meetingOn()));
            steps.add(clocked(RAPID_REVIEW, clocks.get(RAPID_REVIEW), c.notifiedOn(), rr == null ? null : rr.sentToPanelOn(),
                    clock, today));
            steps.add(done("panel-response", "National Panel's response", rr == null ? null : rr.panelResponseOn()));
        }
        steps.add(done("decision", "Partners' decision", decision == null ? null : decision.decidedOn()));
        if (decision != null && decision.decision() != ReviewKind.NO_REVIEW) {
            steps.add(done("commissioned", "Review commissioned", review == null ? null : review.commissionedOn()));
            if (review != null) {
                for (CommissionedReview.Milestone milestone : review.milestones()) {
                    ClockReading reading = clock.read(ON_THE_DAY, milestone.dueOn(), milestone.completedOn(), today);
                    steps.add(step("milestone", "Milestone: " + milestone.title(), null, null, reading, false));
                }
                steps.add(done("draft", "Draft report", review.draftOn()));
                steps.add(done("sign-off", "Partnership sign-off", review.signedOffOn()));
            }
            if (decision.decision() == ReviewKind.LCSPR) {
                LocalDate publication = review == null ? null
                        : review.publishedOn() != null ? review.publishedOn() : review.plannedPublicationOn();
                steps.add(clocked(FINAL_REPORT_TO_PANEL, clocks.get(FINAL_REPORT_TO_PANEL), publication,
                        review == null ? null : review.sentToPanelOn(), clock, today));
                steps.add(clocked(LCSPR_PUBLICATION, clocks.get(LCSPR_PUBLICATION), decision.decidedOn(),
                        review == null ? null : review.publishedOn(), clock, today));
            } else if (review != null && review.plannedPublicationOn() != null) {
                ClockReading reading = clock.read(ON_THE_DAY, review.plannedPublicationOn(), review.publishedOn(), today);
                steps.add(step("publication", "Review published", null, null, reading, false));
            } else {
                steps.add(done("publication", "Review published", review == null ? null : review.publishedOn()));
            }
        }
        return steps;
    }

    /** The open clock due first (the most pressing), if any. */
    public static Optional<CaseStep> mostPressing(List<CaseStep> steps) {
        return steps.stream()
                .filter(s -> s.dueOn() != null && s.actualOn() == null && isOpen(s.status()))
                .min(Comparator.comparing(CaseStep::dueOn));
    }

    public static boolean isOpen(String status) {
        return status.equals(ClockStatus.ON_TRACK.name()) || status.equals(ClockStatus.DUE_SOON.name())
                || status.equals(ClockStatus.OVERDUE.name());
    }

    private static CaseStep clocked(String code, ClockDefinition definition, LocalDate startedOn, LocalDate completedOn,
                                        StatutoryClock clock, LocalDate today) {
        ClockReading reading = clock.read(definition.rule(), startedOn, completedOn, today);
        return step(code, definition.title(), definition.code(), definition.rule().describe() + " " + definition.event(), reading,
                clock.calendar().isProjected(reading.due()));
    }

    private static CaseStep step(String code, String title, String clockCode, String rule, ClockReading reading, boolean projected) {
        return new CaseStep(code, title, clockCode, rule, reading.startedOn(), reading.due(), reading.completedOn(),
                reading.status().name(), reading.label(), reading.workingDaysRemaining(), reading.workingDaysLate(), projected);
    }

    private static CaseStep done(String code, String title, LocalDate on) {
        return on == null
                ? new CaseStep(code, title, null, null, null, null, null, "PENDING", "Not yet", null, null, false)
                : new CaseStep(code, title, null, null, null, null, on, "DONE", "Done", null, null, false);
    }
}
