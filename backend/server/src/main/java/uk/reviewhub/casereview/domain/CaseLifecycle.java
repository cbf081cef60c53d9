package uk.reviewhub.casereview.domain;

import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.time.DateOutsideCalendarException;
import uk.reviewhub.time.WorkingDayCalendar;
import uk.reviewhub.time.clock.ClockRule;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The guards of the case review lifecycle, as invariants over everything recorded on a case. A
 * change is allowed when the case it leads to breaks none of them, so the same rules hold however
 * the steps are recorded (in order, all at once, or corrected later).
 *
 * <p>Pure: the final-report rule comes from the partnership's clocks and is passed in.
 */
public final class CaseLifecycle {

    private CaseLifecycle() {
    }

    /**
     * The first rule {@code file} breaks, in words for the person who tried, or empty.
     *
     * @param finalReportRule the partnership's "final report to the National Panel" clock rule
     */
    public static Optional<String> violation(CaseFile file, ClockRule finalReportRule, WorkingDayCalendar calendar) {
        CaseDetails c = file.details();
        RapidReview rr = file.rapidReview();
        Decision decision = file.decision();
        CommissionedReview review = file.review();

        if (c.notifiedOn() != null && c.notifiedOn().isBefore(c.awareOn())) {
            return reason("The serious incident notification cannot be sent before the local authority became aware.");
        }
        if (c.origin() == CaseOrigin.SIN && c.notifiedOn() == null) {
            return reason("A case recorded as a serious incident notification needs the date it was sent.");
        }
        if (rr != null) {
            if (c.notifiedOn() == null) {
                return reason("A rapid review needs a serious incident notification: record the date the SIN was sent first.");
            }
            if (before(rr.meetingOn(), c.notifiedOn())) {
                return reason("The rapid review meeting cannot be before the serious incident notification.");
            }
            if (rr.sentToPanelOn() != null && rr.meetingOn() == null) {
                return reason("The rapid review cannot be sent to the National Panel before its meeting date is recorded.");
            }
            if (before(rr.sentToPanelOn(), rr.meetingOn())) {
                return reason("The rapid review cannot be sent to the National Panel before its meeting.");
            }
            if (rr.panelResponseOn() != null && rr.sentToPanelOn() == null) {
                return reason("The National Panel's response cannot be recorded before the rapid review is sent to it.");
            }
            if (before(rr.panelResponseOn(), rr.sentToPanelOn())) {
                return reason("The National Panel's response cannot be dated before the rapid review was sent to it.");
            }
        }
        if (decision != null) {
            if (file.isSin()) {
                if (rr == null || rr.sentToPanelOn() == null) {
                    return reason("The partners cannot decide before the rapid review has been sent to the National Panel.");
                }
                if (decision.decidedOn().isBefore(rr.sentToPanelOn())) {
                    return reason("The decision cannot be dated before the rapid review was sent to the National Panel.");
                }
            } else if (decision.decidedOn().isBefore(c.awareOn())) {
                return reason("The decision cannot be dated before the case was known.");
            }
        }
        if (review != null) {
            if (decision == null || decision.decision() == ReviewKind.NO_REVIEW) {
                return reason("A review can be commissioned only when the partners have decided on a review.");
            }
            if (review.reviewType() != decision.decision()) {
                return reason("The commissioned review must be of the type the partners decided: " + decision.decision() + ".");
            }
            if (review.commissionedOn().isBefore(decision.decidedOn())) {
                return reason("The review cannot be commissioned before the partners decided on it.");
            }
            if (review.signedOffOn() != null && review.draftOn() == null) {
                return reason("The partnership cannot sign off a review before its draft is recorded.");
            }
            if (before(review.signedOffOn(), review.draftOn())) {
                return reason("The sign-off cannot be before the draft.");
            }
            if (review.publishedOn() != null && review.signedOffOn() == null) {
                return reason("A review cannot be published before the partnership has signed it off.");
            }
            if (before(review.publishedOn(), review.signedOffOn())) {
                return reason("A review cannot be published before its sign-off date.");
            }
            if (review.reviewType() == ReviewKind.LCSPR && review.publishedOn() != null) {
                LocalDate latest;
                try {
                    latest = finalReportRule.dueDate(review.publishedOn(), calendar);
                } catch (DateOutsideCalendarException e) {
                    // Working days cannot be counted there (a historic review): hold to what can be checked.
                    if (review.sentToPanelOn() == null) {
                        return reason("An LCSPR cannot be published before its final report is sent to the National Panel "
                                + "and the Secretary of State.");
                    }
                    if (review.sentToPanelOn().isAfter(review.publishedOn())) {
                        return reason("The final report must reach the National Panel and the Secretary of State before "
                                + "publication (" + e.reason() + ", so the working days before it cannot be counted).");
                    }
                    return Optional.empty();
                }
                if (review.sentToPanelOn() == null) {
                    return reason("An LCSPR cannot be published before its final report is sent to the National Panel "
                            + "and the Secretary of State (" + finalReportRule.describe() + " publication, by " + latest + ").");
                }
                if (review.sentToPanelOn().isAfter(latest)) {
                    return reason("The final report must reach the National Panel and the Secretary of State "
                            + finalReportRule.describe() + " publication: for publication on " + review.publishedOn()
                            + " it had to be sent by " + latest + ", not " + review.sentToPanelOn() + ".");
                }
            }
        }
        return Optional.empty();
    }

    /** Where the case stands, from what has been recorded. */
    public static CaseStage stage(CaseFile file) {
        if (file.review() != null) {
            return file.review().publishedOn() != null ? CaseStage.PUBLISHED : CaseStage.REVIEW_IN_PROGRESS;
        }
        if (file.decision() != null) {
            return file.decision().decision() == ReviewKind.NO_REVIEW ? CaseStage.CLOSED : CaseStage.DECIDED;
        }
        if (file.rapidReview() != null) {
            return file.rapidReview().sentToPanelOn() != null ? CaseStage.WITH_PANEL : CaseStage.RAPID_REVIEW;
        }
        return file.details().notifiedOn() != null ? CaseStage.NOTIFIED : CaseStage.REFERRED;
    }

    private static boolean before(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }

    private static Optional<String> reason(String text) {
        return Optional.of(text);
    }
}
