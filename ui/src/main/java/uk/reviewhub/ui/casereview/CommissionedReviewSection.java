package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.List;

/** The commissioned review: its type, scope, reviewer and dates to publication, and the form to commission or update it. */
final class CommissionedReviewSection extends CaseSection {

    CommissionedReviewSection(CaseView view, CaseContext context) {
        super("Commissioned review", context);
        CommissionedReviewView review = view.review();
        if (review == null) {
            add(new Paragraph(view.decision() != null && view.decision().decision() == ReviewKind.NO_REVIEW
                    ? "The partners decided on no review." : "No review commissioned."));
        } else {
            DescriptionList list = new DescriptionList();
            term(list, "Type", Labels.of(review.reviewType()));
            term(list, "Agencies in scope", review.agenciesInScope().isEmpty() ? "None recorded" : String.join(", ", review.agenciesInScope()));
            term(list, "Methodology", orNone(review.methodology()));
            term(list, "Reviewer", orNone(review.reviewer()));
            term(list, "Commissioned", Dates.format(review.commissionedOn()));
            term(list, "Draft", Dates.format(review.draftOn()));
            term(list, "Partnership sign-off", Dates.format(review.signedOffOn()));
            term(list, "Planned publication", Dates.format(review.plannedPublicationOn()));
            term(list, "Published", Dates.format(review.publishedOn()));
            term(list, "Final report sent to the National Panel and the Secretary of State", Dates.format(review.sentToPanelOn()));
            add(list);
        }
        boolean decidedOnReview = view.decision() != null && view.decision().decision() != ReviewKind.NO_REVIEW;
        boolean allowed = review == null ? UserRoles.decides() && decidedOnReview : UserRoles.records();
        if (allowed) {
            RadioButtonGroup<ReviewKind> type = reviewKinds("Type of review");
            type.setItems(ReviewKind.LCSPR, ReviewKind.CONCISE_REVIEW, ReviewKind.MULTI_AGENCY_AUDIT, ReviewKind.CASE_OF_CONCERN);
            type.setRequiredIndicatorVisible(true);
            TextArea scope = CaseForms.text("Agencies in scope (one a line)", 5000);
            TextArea methodology = CaseForms.text("Methodology", CommissionedReviewRequest.class, "methodology");
            TextField reviewer = CaseForms.line("Reviewer", CommissionedReviewRequest.class, "reviewer");
            DatePicker commissionedOn = CaseForms.date("Date commissioned", CommissionedReviewRequest.class, "commissionedOn", clock);
            commissionedOn.setRequiredIndicatorVisible(true);
            DatePicker draftOn = CaseForms.date("Draft received", CommissionedReviewRequest.class, "draftOn", clock);
            DatePicker signedOffOn = CaseForms.date("Signed off by the partnership", CommissionedReviewRequest.class, "signedOffOn", clock);
            DatePicker plannedOn = CaseForms.date("Planned publication", CommissionedReviewRequest.class, "plannedPublicationOn", clock);
            DatePicker publishedOn = CaseForms.date("Published", CommissionedReviewRequest.class, "publishedOn", clock);
            DatePicker sentOn = CaseForms.date("Final report sent to the National Panel and the Secretary of State", CommissionedReviewRequest.class, "sentToPanelOn", clock);
            if (review != null) {
                type.setValue(review.reviewType());
                scope.setValue(CaseForms.lines(review.agenciesInScope()));
                methodology.setValue(CaseForms.orEmpty(review.methodology()));
                reviewer.setValue(CaseForms.orEmpty(review.reviewer()));
                commissionedOn.setValue(review.commissionedOn());
                draftOn.setValue(review.draftOn());
                signedOffOn.setValue(review.signedOffOn());
                plannedOn.setValue(review.plannedPublicationOn());
                publishedOn.setValue(review.publishedOn());
                sentOn.setValue(review.sentToPanelOn());
            } else {
                type.setValue(view.decision().decision());
            }
            add(new StepForm<>(review == null ? "Commission the review" : "Update the review (draft, sign-off, publication)",
                    review == null ? "Commission the review" : "Save the review",
                    List.of(type, scope, methodology, reviewer, commissionedOn, draftOn, signedOffOn, plannedOn, publishedOn, sentOn),
                    () -> FormErrors.required(type, "Choose the type of review.")
                            & FormErrors.required(commissionedOn, "Enter the date commissioned."),
                    () -> cases.recordReview(view.id(), new CommissionedReviewRequest(type.getValue(), CaseForms.lines(scope.getValue()),
                            CaseForms.orNull(methodology.getValue()), CaseForms.orNull(reviewer.getValue()), commissionedOn.getValue(),
                            draftOn.getValue(), signedOffOn.getValue(), plannedOn.getValue(), publishedOn.getValue(), sentOn.getValue(),
                            review == null ? null : review.version()), review == null),
                    done -> saved("The review", "Commissioned review")));
        }
    }
}
