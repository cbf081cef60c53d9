package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.RecommendationView;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.ArrayList;
import java.util.List;

/** The case's actions on the Composite Action Plan, and the forms to add and edit them (those who decide). */
final class CaseActionsSection extends CaseSection {

    /** Where an action comes from: the review itself, or one of its recommendations. */
    private record Source(String label, RecommendationView recommendation) {
    }

    CaseActionsSection(CaseView view, List<ActionView> actions, CaseContext context) {
        super("Actions", context);
        if (actions.isEmpty()) {
            add(new Paragraph("No actions on the Composite Action Plan yet."));
        } else {
            boolean decides = UserRoles.decides();
            List<List<?>> rows = actions.stream().<List<?>>map(a -> {
                List<Object> cells = new ArrayList<>(List.of(
                        a.recommendationNumber() == null ? "The review" : "Recommendation " + a.recommendationNumber(),
                        a.agencyName(), a.owner(), a.description(), Dates.cell(a.dueOn()), a.progressPercent() + "%",
                        StatusLight.forRag(a.rag().name(), a.ragLabel())));
                if (decides) {
                    cells.add(actionForm(a));
                }
                return cells;
            }).toList();
            List<String> headers = new ArrayList<>(List.of("Source", "Agency", "Owner", "Action", "Due", "Progress", "Status"));
            if (decides) {
                headers.add("Change");
            }
            NativeTable table = Tables.of("Actions of this case", false, headers, rows);
            table.setId("case-actions");
            add(table);
        }
        add(new Paragraph(new Anchor("cap", "Open the Composite Action Plan")));
        if (UserRoles.decides()) {
            List<Source> sources = new ArrayList<>();
            sources.add(new Source("The review itself", null));
            view.review().recommendations().forEach(r -> sources.add(new Source("Recommendation " + r.number(), r)));
            ComboBox<Source> source = new ComboBox<>("Source");
            source.setItems(sources);
            source.setItemLabelGenerator(Source::label);
            source.setValue(sources.get(sources.size() - 1));
            source.setRequiredIndicatorVisible(true);
            ComboBox<AgencyView> agency = new ComboBox<>("Owning agency");
            agency.setItems(agencies());
            agency.setItemLabelGenerator(AgencyView::name);
            agency.setRequiredIndicatorVisible(true);
            TextField owner = CaseForms.line("Owner", ActionRequest.class, "owner");
            owner.setRequiredIndicatorVisible(true);
            TextArea description = CaseForms.text("Action", ActionRequest.class, "description");
            description.setRequiredIndicatorVisible(true);
            DatePicker dueOn = CaseForms.date("Due date", ActionRequest.class, "dueOn", clock);
            dueOn.setRequiredIndicatorVisible(true);
            add(new StepForm<>("Add an action", "Add the action", List.of(source, agency, owner, description, dueOn),
                    () -> FormErrors.required(source, "Choose the source.") & FormErrors.required(agency, "Choose the agency.")
                            & FormErrors.required(owner, "Name the owner.") & FormErrors.required(description, "Describe the action.")
                            & FormErrors.required(dueOn, "Enter the due date."),
                    () -> {
                        ActionRequest request = new ActionRequest(agency.getValue().id(), owner.getValue().strip(),
                                description.getValue().strip(), dueOn.getValue(), 0, null, null, null, null);
                        RecommendationView recommendation = source.getValue().recommendation();
                        return recommendation == null ? plan.addToReviewAction(view.id(), request)
                                : plan.addToRecommendationAction(recommendation.id(), request);
                    },
                    done -> saved("The action", "Actions")));
        }
    }

    /**
     * Edits an action's owning agency, owner, description and due date, carrying the version read;
     * its progress, evidence and completion are kept as read (they are reported on the Composite Action Plan).
     */
    private StepForm<ActionView> actionForm(ActionView action) {
        ComboBox<AgencyView> agency = new ComboBox<>("Owning agency");
        agency.setItems(agencies());
        agency.setItemLabelGenerator(AgencyView::name);
        agency.setRequiredIndicatorVisible(true);
        agencies().stream().filter(a -> a.id().equals(action.agencyId())).findFirst().ifPresent(agency::setValue);
        TextField owner = CaseForms.line("Owner", ActionRequest.class, "owner");
        owner.setRequiredIndicatorVisible(true);
        owner.setValue(action.owner());
        TextArea description = CaseForms.text("Action", ActionRequest.class, "description");
        description.setRequiredIndicatorVisible(true);
        description.setValue(action.description());
        DatePicker dueOn = CaseForms.date("Due date", ActionRequest.class, "dueOn", clock);
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setValue(action.dueOn());
        return new StepForm<>("Edit", "Save the action", List.of(agency, owner, description, dueOn),
                () -> FormErrors.required(agency, "Choose the agency.") & FormErrors.required(owner, "Name the owner.")
                        & FormErrors.required(description, "Describe the action.") & FormErrors.required(dueOn, "Enter the due date."),
                () -> plan.update(action.id(), new ActionRequest(agency.getValue().id(), owner.getValue().strip(),
                        description.getValue().strip(), dueOn.getValue(), action.progressPercent(), action.evidenceNotes(),
                        action.completedOn(), action.handedToMonitoringOn(), action.version())),
                done -> saved("The action", "Actions"))
                .named("Edit action: " + action.description());
    }
}
