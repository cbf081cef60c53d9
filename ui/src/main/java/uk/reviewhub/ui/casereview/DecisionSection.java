package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.DecisionRequest;
import uk.reviewhub.api.casereview.DecisionView;
import uk.reviewhub.api.casereview.ReviewKind;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.LocalDate;
import java.util.List;

/** The partners' decision on a review, and (for those who decide) the form to record or correct it. */
final class DecisionSection extends CaseSection {

    /** The decision form's values, from which the request is made with the version read. */
    static final class Values {
        ReviewKind kind;
        String rationale = "";
        String decidedBy = "";
        LocalDate decidedOn;

        static Values of(DecisionView decision) {
            Values v = new Values();
            if (decision != null) {
                v.kind = decision.decision();
                v.rationale = decision.rationale();
                v.decidedBy = decision.decidedBy();
                v.decidedOn = decision.decidedOn();
            }
            return v;
        }

        DecisionRequest request(DecisionView decision) {
            return new DecisionRequest(kind, rationale.strip(), decidedBy.strip(), decidedOn, decision == null ? null : decision.version());
        }
    }

    DecisionSection(CaseView view, CaseContext context) {
        super("Partners' decision", context);
        DecisionView decision = view.decision();
        if (decision == null) {
            add(new Paragraph("Not decided yet."));
        } else {
            DescriptionList list = new DescriptionList();
            term(list, "Decision", Labels.of(decision.decision()));
            term(list, "Rationale", decision.rationale());
            term(list, "Decided by", decision.decidedBy());
            term(list, "Decided on", Dates.format(decision.decidedOn()));
            add(list);
        }
        if (UserRoles.decides()) {
            RadioButtonGroup<ReviewKind> kind = reviewKinds("Decision");
            TextArea rationale = CaseForms.text("Rationale", DecisionRequest.class, "rationale");
            TextField decidedBy = CaseForms.line("Decided by", DecisionRequest.class, "decidedBy");
            decidedBy.setHelperText("For example: the three safeguarding partners");
            DatePicker decidedOn = CaseForms.date("Date of the decision", DecisionRequest.class, "decidedOn", clock);
            Binder<Values> binder = FormFeedback.binder();
            binder.forField(kind).asRequired("Choose the decision.").bind(v -> v.kind, (v, value) -> v.kind = value);
            binder.forField(rationale).asRequired("Give the rationale.").withValidator(value -> !value.isBlank(), "Give the rationale.")
                    .bind(v -> v.rationale, (v, value) -> v.rationale = value);
            binder.forField(decidedBy).asRequired("Say who decided.").withValidator(value -> !value.isBlank(), "Say who decided.")
                    .bind(v -> v.decidedBy, (v, value) -> v.decidedBy = value);
            binder.forField(decidedOn).asRequired("Enter the date of the decision.")
                    .bind(v -> v.decidedOn, (v, value) -> v.decidedOn = value);
            binder.readBean(Values.of(decision));
            add(new StepForm<>(decision == null ? "Record the decision" : "Correct the decision", "Save the decision",
                    List.of(kind, rationale, decidedBy, decidedOn),
                    () -> binder.validate().isOk(),
                    () -> {
                        Values v = new Values();
                        binder.writeBeanIfValid(v);
                        return cases.recordDecision(view.id(), v.request(decision), decision == null);
                    },
                    done -> saved("The decision", "Partners' decision")));
        }
    }
}
