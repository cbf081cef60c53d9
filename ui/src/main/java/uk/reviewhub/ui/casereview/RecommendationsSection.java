package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.RecommendationRequest;
import uk.reviewhub.api.casereview.RecommendationView;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.List;

/** The review's recommendations, and the forms to add and edit them (those who decide). */
final class RecommendationsSection extends CaseSection {

    RecommendationsSection(CaseView view, CaseContext context) {
        super("Recommendations", context);
        CommissionedReviewView review = view.review();
        if (review.recommendations().isEmpty()) {
            add(new Paragraph("No recommendations recorded."));
        } else {
            boolean decides = UserRoles.decides();
            List<List<?>> rows = review.recommendations().stream().<List<?>>map(r -> decides
                    ? List.of(r.number(), r.text(), recommendationForm(r)) : List.of(r.number(), r.text())).toList();
            NativeTable table = Tables.of("Recommendations of the review", false,
                    decides ? List.of("Number", "Recommendation", "Change") : List.of("Number", "Recommendation"), rows);
            table.setId("recommendations");
            add(table);
        }
        if (UserRoles.decides()) {
            IntegerField number = new IntegerField("Number");
            number.setMin(1);
            number.setValue(review.recommendations().stream().mapToInt(RecommendationView::number).max().orElse(0) + 1);
            number.setRequiredIndicatorVisible(true);
            TextArea text = CaseForms.text("Recommendation", RecommendationRequest.class, "text");
            text.setRequiredIndicatorVisible(true);
            add(new StepForm<>("Add a recommendation", "Add the recommendation", List.of(number, text),
                    () -> FormErrors.required(number, "Enter its number.") & FormErrors.required(text, "Enter the recommendation."),
                    () -> cases.addRecommendation(view.id(), new RecommendationRequest(number.getValue(), text.getValue().strip(), null)),
                    done -> saved("The recommendation", "Recommendations")));
        }
    }

    /** Edits a recommendation's number and text, carrying the version read. */
    private StepForm<CaseView> recommendationForm(RecommendationView recommendation) {
        IntegerField number = new IntegerField("Number");
        number.setMin(1);
        number.setRequiredIndicatorVisible(true);
        number.setValue(recommendation.number());
        TextArea text = CaseForms.text("Recommendation", RecommendationRequest.class, "text");
        text.setRequiredIndicatorVisible(true);
        text.setValue(recommendation.text());
        return new StepForm<>("Edit", "Save the recommendation", List.of(number, text),
                () -> FormErrors.required(number, "Enter its number.") & FormErrors.required(text, "Enter the recommendation."),
                () -> cases.updateRecommendation(recommendation.id(),
                        new RecommendationRequest(number.getValue(), text.getValue().strip(), recommendation.version())),
                done -> saved("The recommendation", "Recommendations"))
                .named("Edit recommendation " + recommendation.number());
    }
}
