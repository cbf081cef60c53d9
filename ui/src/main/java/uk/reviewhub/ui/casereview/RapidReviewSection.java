package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import uk.reviewhub.api.casereview.CaseOrigin;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.RapidReviewRequest;
import uk.reviewhub.api.casereview.RapidReviewView;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.List;

/** The rapid review (after a SIN): its record and the form to record it, send it to the National Panel and record the Panel's response. */
final class RapidReviewSection extends CaseSection {

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
            TextArea agenciesInvolved = CaseForms.text("Agencies involved (one a line)", 5000);
            TextArea facts = CaseForms.text("Facts", RapidReviewRequest.class, "facts");
            TextArea immediateActions = CaseForms.text("Immediate safeguarding actions", RapidReviewRequest.class, "immediateActions");
            TextArea learning = CaseForms.text("Learning identified", RapidReviewRequest.class, "learning");
            RadioButtonGroup<ReviewKind> recommendation = reviewKinds("Recommendation to the partners");
            DatePicker sentToPanelOn = CaseForms.date("Date sent to the National Panel", RapidReviewRequest.class, "sentToPanelOn", clock);
            DatePicker panelResponseOn = CaseForms.date("Date of the Panel's response", RapidReviewRequest.class, "panelResponseOn", clock);
            TextArea panelSummary = CaseForms.text("Summary of the Panel's response", RapidReviewRequest.class, "panelResponseSummary");
            if (rr != null) {
                meetingOn.setValue(rr.meetingOn());
                agenciesInvolved.setValue(CaseForms.lines(rr.agenciesInvolved()));
                facts.setValue(CaseForms.orEmpty(rr.facts()));
                immediateActions.setValue(CaseForms.orEmpty(rr.immediateActions()));
                learning.setValue(CaseForms.orEmpty(rr.learning()));
                recommendation.setValue(rr.recommendation());
                sentToPanelOn.setValue(rr.sentToPanelOn());
                panelResponseOn.setValue(rr.panelResponseOn());
                panelSummary.setValue(CaseForms.orEmpty(rr.panelResponseSummary()));
            }
            add(new StepForm<>(rr == null ? "Record the rapid review" : "Update the rapid review (send to the Panel, its response)",
                    "Save the rapid review",
                    List.of(meetingOn, agenciesInvolved, facts, immediateActions, learning, recommendation, sentToPanelOn,
                            panelResponseOn, panelSummary),
                    () -> true,
                    () -> cases.recordRapidReview(view.id(), new RapidReviewRequest(meetingOn.getValue(),
                            CaseForms.lines(agenciesInvolved.getValue()), CaseForms.orNull(facts.getValue()),
                            CaseForms.orNull(immediateActions.getValue()), CaseForms.orNull(learning.getValue()),
                            recommendation.getValue(), sentToPanelOn.getValue(), panelResponseOn.getValue(),
                            CaseForms.orNull(panelSummary.getValue()), rr == null ? null : rr.version()), rr == null),
                    done -> saved("The rapid review", "Rapid review")));
        }
    }
}
