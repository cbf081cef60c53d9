package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewRequest;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.LocalDate;
import java.util.List;

/** The commissioned review: its type, scope, reviewer and dates to publication, and the form to commission or update it. */
final class CommissionedReviewSection extends CaseSection {

    /** The review form's values, from which the request is made with the version read. */
    static final class Values {
        ReviewKind type;
        String agenciesInScope = "";
        String methodology = "";
        String reviewer = "";
        LocalDate commissionedOn;
        LocalDate draftOn;
        LocalDate signedOffOn;
        LocalDate plannedPublicationOn;
        LocalDate publishedOn;
        LocalDate sentToPanelOn;

        /** The review as recorded, or (before it is commissioned) the type the partners decided on. */
        static Values of(CommissionedReviewView review, ReviewKind decided) {
            Values v = new Values();
            if (review == null) {
                v.type = decided;
                return v;
            }
            v.type = review.reviewType();
            v.agenciesInScope = CaseForms.lines(review.agenciesInScope());
            v.methodology = CaseForms.orEmpty(review.methodology());
            v.reviewer = CaseForms.orEmpty(review.reviewer());
            v.commissionedOn = review.commissionedOn();
            v.draftOn = review.draftOn();
            v.signedOffOn = review.signedOffOn();
            v.plannedPublicationOn = review.plannedPublicationOn();
            v.publishedOn = review.publishedOn();
            v.sentToPanelOn = review.sentToPanelOn();
            return v;
        }

        CommissionedReviewRequest request(CommissionedReviewView review) {
            return new CommissionedReviewRequest(type, CaseForms.lines(agenciesInScope), CaseForms.orNull(methodology),
                    CaseForms.orNull(reviewer), commissionedOn, draftOn, signedOffOn, plannedPublicationOn, publishedOn, sentToPanelOn,
                    review == null ? null : review.version());
        }
    }

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
            TextArea scope = CaseForms.lines("Agencies in scope (one a line)", CommissionedReviewRequest.class, "agenciesInScope");
            TextArea methodology = CaseForms.text("Methodology", CommissionedReviewRequest.class, "methodology");
            TextField reviewer = CaseForms.line("Reviewer", CommissionedReviewRequest.class, "reviewer");
            DatePicker commissionedOn = CaseForms.date("Date commissioned", CommissionedReviewRequest.class, "commissionedOn", clock);
            DatePicker draftOn = CaseForms.date("Draft received", CommissionedReviewRequest.class, "draftOn", clock);
            DatePicker signedOffOn = CaseForms.date("Signed off by the partnership", CommissionedReviewRequest.class, "signedOffOn", clock);
            DatePicker plannedOn = CaseForms.date("Planned publication", CommissionedReviewRequest.class, "plannedPublicationOn", clock);
            DatePicker publishedOn = CaseForms.date("Published", CommissionedReviewRequest.class, "publishedOn", clock);
            DatePicker sentOn = CaseForms.date("Final report sent to the National Panel and the Secretary of State", CommissionedReviewRequest.class, "sentToPanelOn", clock);
            Binder<Values> binder = FormFeedback.binder();
            binder.forField(type).asRequired("Choose the type of review.").bind(v -> v.type, (v, value) -> v.type = value);
            binder.forField(scope).bind(v -> v.agenciesInScope, (v, value) -> v.agenciesInScope = value);
            binder.forField(methodology).bind(v -> v.methodology, (v, value) -> v.methodology = value);
            binder.forField(reviewer).bind(v -> v.reviewer, (v, value) -> v.reviewer = value);
            binder.forField(commissionedOn).asRequired("Enter the date commissioned.")
                    .bind(v -> v.commissionedOn, (v, value) -> v.commissionedOn = value);
            binder.forField(draftOn).bind(v -> v.draftOn, (v, value) -> v.draftOn = value);
            binder.forField(signedOffOn).bind(v -> v.signedOffOn, (v, value) -> v.signedOffOn = value);
            binder.forField(plannedOn).bind(v -> v.plannedPublicationOn, (v, value) -> v.plannedPublicationOn = value);
            binder.forField(publishedOn).bind(v -> v.publishedOn, (v, value) -> v.publishedOn = value);
            binder.forField(sentOn).bind(v -> v.sentToPanelOn, (v, value) -> v.sentToPanelOn = value);
            binder.readBean(Values.of(review, view.decision() == null ? null : view.decision().decision()));
            add(new StepForm<>(review == null ? "Commission the review" : "Update the review (draft, sign-off, publication)",
                    review == null ? "Commission the review" : "Save the review",
                    List.of(type, scope, methodology, reviewer, commissionedOn, draftOn, signedOffOn, plannedOn, publishedOn, sentOn),
                    () -> binder.validate().isOk(),
                    () -> {
                        Values v = new Values();
                        binder.writeBeanIfValid(v);
                        return cases.recordReview(view.id(), v.request(review), review == null);
                    },
                    done -> saved("The review", "Commissioned review")));
        }
    }
}
