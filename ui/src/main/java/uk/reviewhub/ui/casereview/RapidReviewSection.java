package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RapidReviewView;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.LocalDate;
import java.util.List;

/** The rapid review (after a SIN): its record and the form to record it, send it to the National Panel and record the Panel's response. */
final class RapidReviewSection extends CaseSection {

    /** The rapid review form's values, from which the request is made with the version read. */
    static final class Values {
        LocalDate meetingOn;
        String agenciesInvolved = "";
        String facts = "";
        String immediateActions = "";
        String learning = "";
        ReviewKind recommendation;
        LocalDate sentToPanelOn;
        LocalDate panelResponseOn;
        String panelResponseSummary = "";

        static Values of(RapidReviewView rr) {
            Values v = new Values();
            if (rr != null) {
                v.meetingOn = rr.meetingOn();
                v.agenciesInvolved = CaseForms.lines(rr.agenciesInvolved());
                v.facts = CaseForms.orEmpty(rr.facts());
                v.immediateActions = CaseForms.orEmpty(rr.immediateActions());
                v.learning = CaseForms.orEmpty(rr.learning());
                v.recommendation = rr.recommendation();
                v.sentToPanelOn = rr.sentToPanelOn();
                v.panelResponseOn = rr.panelResponseOn();
                v.panelResponseSummary = CaseForms.orEmpty(rr.panelResponseSummary());
            }
            return v;
        }

        RapidReviewRequest request(RapidReviewView rr) {
            return new RapidReviewRequest(meetingOn, CaseForms.lines(agenciesInvolved), CaseForms.orNull(facts),
                    CaseForms.orNull(immediateActions), CaseForms.orNull(learning), recommendation, sentToPanelOn, panelResponseOn,
                    CaseForms.orNull(panelResponseSummary), rr == null ? null : rr.version());
        }
    }

    RapidReviewSection(CaseView view, CaseContext context) {
        super("Rapid review", context);
        RapidReviewView rr = view.rapidReview();
        if (rr == null) {
            add(new Paragraph(view.origin() == CaseOrigin.SIN || view.notifiedOn() != null
                    ? "No rapid review recorded yet." : "A rapid review follows a serious incident notification."));
        } else {
            DescriptionList list = new DescriptionList();
            term(list, "Meeting", Dates.format(rr.meetingOn()));
            term(list, "Agencies involved", rr.agenciesInvolved().isEmpty() ? "None recorded" : String.join(", ", rr.agenciesInvolved()));
            term(list, "Facts", orNone(rr.facts()));
            term(list, "Immediate safeguarding actions", orNone(rr.immediateActions()));
            term(list, "Learning identified", orNone(rr.learning()));
            term(list, "Recommendation", rr.recommendation() == null ? "None recorded" : Labels.of(rr.recommendation()));
            term(list, "Sent to the National Panel", Dates.format(rr.sentToPanelOn()));
            term(list, "Panel's response", Dates.format(rr.panelResponseOn()));
            term(list, "Panel's response summary", orNone(rr.panelResponseSummary()));
            add(list);
        }
        if (UserRoles.records() && (rr != null || view.origin() == CaseOrigin.SIN || view.notifiedOn() != null)) {
            DatePicker meetingOn = CaseForms.date("Meeting date", RapidReviewRequest.class, "meetingOn", clock);
            TextArea agenciesInvolved = CaseForms.lines("Agencies involved (one a line)", RapidReviewRequest.class, "agenciesInvolved");
            TextArea facts = CaseForms.text("Facts", RapidReviewRequest.class, "facts");
            TextArea immediateActions = CaseForms.text("Immediate safeguarding actions", RapidReviewRequest.class, "immediateActions");
            TextArea learning = CaseForms.text("Learning identified", RapidReviewRequest.class, "learning");
            RadioButtonGroup<ReviewKind> recommendation = reviewKinds("Recommendation to the partners");
            DatePicker sentToPanelOn = CaseForms.date("Date sent to the National Panel", RapidReviewRequest.class, "sentToPanelOn", clock);
            DatePicker panelResponseOn = CaseForms.date("Date of the Panel's response", RapidReviewRequest.class, "panelResponseOn", clock);
            TextArea panelSummary = CaseForms.text("Summary of the Panel's response", RapidReviewRequest.class, "panelResponseSummary");
            Binder<Values> binder = FormFeedback.binder();
            binder.forField(meetingOn).bind(v -> v.meetingOn, (v, value) -> v.meetingOn = value);
            binder.forField(agenciesInvolved).bind(v -> v.agenciesInvolved, (v, value) -> v.agenciesInvolved = value);
            binder.forField(facts).bind(v -> v.facts, (v, value) -> v.facts = value);
            binder.forField(immediateActions).bind(v -> v.immediateActions, (v, value) -> v.immediateActions = value);
            binder.forField(learning).bind(v -> v.learning, (v, value) -> v.learning = value);
            binder.forField(recommendation).bind(v -> v.recommendation, (v, value) -> v.recommendation = value);
            binder.forField(sentToPanelOn).bind(v -> v.sentToPanelOn, (v, value) -> v.sentToPanelOn = value);
            binder.forField(panelResponseOn).bind(v -> v.panelResponseOn, (v, value) -> v.panelResponseOn = value);
            binder.forField(panelSummary).bind(v -> v.panelResponseSummary, (v, value) -> v.panelResponseSummary = value);
            binder.readBean(Values.of(rr));
            add(new StepForm<>(rr == null ? "Record the rapid review" : "Update the rapid review (send to the Panel, its response)",
                    "Save the rapid review",
                    List.of(meetingOn, agenciesInvolved, facts, immediateActions, learning, recommendation, sentToPanelOn,
                            panelResponseOn, panelSummary),
                    () -> binder.validate().isOk(),
                    () -> {
                        Values v = new Values();
                        binder.writeBeanIfValid(v);
                        return cases.recordRapidReview(view.id(), v.request(rr), rr == null);
                    },
                    done -> saved("The rapid review", "Rapid review")));
        }
    }
}
