package uk.reviewhub.ui.casereview;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.casereview.CaseView;
import uk.reviewhub.api.casereview.CommissionedReviewView;
import uk.reviewhub.api.casereview.MilestoneRequest;
import uk.reviewhub.api.casereview.MilestoneView;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.util.ArrayList;
import java.util.List;

/** The review's milestones, each with its completion, and the form to add one. */
final class MilestonesSection extends CaseSection {

    MilestonesSection(CaseView view, CaseContext context) {
        super("Milestones", context);
        CommissionedReviewView review = view.review();
        if (review.milestones().isEmpty()) {
            add(new Paragraph("No milestones recorded."));
        } else {
            boolean records = UserRoles.records();
            List<List<?>> rows = review.milestones().stream().<List<?>>map(m -> {
                List<Object> cells = new ArrayList<>(List.of(m.title(), Dates.cell(m.dueOn()),
                        m.completedOn() == null ? "Not yet" : Dates.cell(m.completedOn())));
                if (records) {
                    cells.add(milestoneForm(m));
                }
                return cells;
            }).toList();
            List<String> headers = new ArrayList<>(List.of("Milestone", "Due", "Completed"));
            if (records) {
                headers.add("Change");
            }
            NativeTable table = Tables.of("Milestones of the review", false, headers, rows);
            table.setId("milestones");
            add(table);
        }
        if (UserRoles.records()) {
            TextField title = CaseForms.line("Milestone", MilestoneRequest.class, "title");
            title.setRequiredIndicatorVisible(true);
            DatePicker dueOn = CaseForms.date("Due date", MilestoneRequest.class, "dueOn", clock);
            dueOn.setRequiredIndicatorVisible(true);
            DatePicker completedOn = CaseForms.date("Completed on (optional)", MilestoneRequest.class, "completedOn", clock);
            add(new StepForm<>("Add a milestone", "Add the milestone", List.of(title, dueOn, completedOn),
                    () -> FormErrors.required(title, "Name the milestone.") & FormErrors.required(dueOn, "Enter the due date."),
                    () -> cases.addMilestone(view.id(), new MilestoneRequest(title.getValue().strip(), dueOn.getValue(),
                            completedOn.getValue(), null)),
                    done -> saved("The milestone", "Milestones")));
        }
    }

    /** Records a milestone's completion (or corrects it), with its title and due date, carrying the version read. */
    private StepForm<CaseView> milestoneForm(MilestoneView milestone) {
        boolean completed = milestone.completedOn() != null;
        DatePicker completedOn = CaseForms.date("Completed on", MilestoneRequest.class, "completedOn", clock);
        completedOn.setValue(completed ? milestone.completedOn() : null);
        completedOn.setRequiredIndicatorVisible(!completed);
        TextField title = CaseForms.line("Milestone", MilestoneRequest.class, "title");
        title.setRequiredIndicatorVisible(true);
        title.setValue(milestone.title());
        DatePicker dueOn = CaseForms.date("Due date", MilestoneRequest.class, "dueOn", clock);
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setValue(milestone.dueOn());
        return new StepForm<>(completed ? "Edit" : "Record completion", "Save the milestone", List.of(completedOn, title, dueOn),
                () -> (completed || FormErrors.required(completedOn, "Enter the date it was completed."))
                        & FormErrors.required(title, "Name the milestone.") & FormErrors.required(dueOn, "Enter the due date."),
                () -> cases.updateMilestone(milestone.id(), new MilestoneRequest(title.getValue().strip(), dueOn.getValue(),
                        completedOn.getValue(), milestone.version())),
                done -> saved("The milestone", "Milestones"))
                .named((completed ? "Edit milestone " : "Record completion of milestone ") + milestone.title());
    }
}
