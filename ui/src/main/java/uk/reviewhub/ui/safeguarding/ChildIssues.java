package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import uk.reviewhub.api.conference.IssueProcessView;
import uk.reviewhub.api.conference.IssueRequest;
import uk.reviewhub.api.conference.IssueView;
import uk.reviewhub.api.vocabulary.IssueCategory;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.Tables;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The child's page's part of the Issue Resolution Process: the child's issues (each opening in the
 * issue register) and, for the chair, the form to raise one (category, a summary without names, the
 * day, the stage it starts at). Shown only where the partnership runs the process.
 */
final class ChildIssues {

    private ChildIssues() {
    }

    static Section section(IssueClient client, UUID childId, Clock clock) {
        IssueProcessView process = client.issueProcess();
        Section section = SafeguardingParts.section("child-issues", "Issues (Issue Resolution Process)");
        if (!process.enabled()) {
            section.add(new Paragraph("This partnership runs no Issue Resolution Process."));
            return section;
        }
        List<IssueView> issues = client.issues(null, null, childId, null);
        if (issues.isEmpty()) {
            section.add(new Paragraph("No issue raised about this child."));
        } else {
            List<List<?>> rows = issues.stream().<List<?>>map(i -> {
                RouterLink link = new RouterLink(Dates.cell(i.raisedOn()), IssueRegisterView.class);
                link.setQueryParameters(QueryParameters.of(IssueRegisterView.PARAMETER, i.id().toString()));
                return List.of(link, i.category().label(), i.stage().name(),
                        i.open() ? (i.overdue() ? "Open: overdue" : "Open") : i.outcome().label());
            }).toList();
            NativeTable table = Tables.of("The child's issues", false, List.of("Raised on", "About", "Stage", "Standing"), rows);
            table.setId("child-issues-table");
            section.add(table);
        }
        if (Capability.SAFEGUARDING_DECIDE.granted()) {
            section.add(raiseForm(client, process, childId, clock));
        }
        return section;
    }

    private static com.vaadin.flow.component.html.Div raiseForm(IssueClient client, IssueProcessView process, UUID childId, Clock clock) {
        FormFeedback message = new FormFeedback("irp-raise-message");
        Select<IssueCategory> category = message.field("category", new Select<>());
        category.setLabel("What it is about");
        category.setItems(IssueCategory.values());
        category.setItemLabelGenerator(IssueCategory::label);
        TextArea summary = message.field("summary", ContractLimits.limit(new TextArea("Summary (no names)"), IssueRequest.class,
                "summary"));
        summary.setRequiredIndicatorVisible(true);
        DatePicker raisedOn = message.field("raisedOn", SafeguardingParts.date("Raised on", IssueRequest.class, "raisedOn", clock));
        raisedOn.setValue(Dates.today(clock));
        Select<String> stage = message.field("stage", new Select<>());
        stage.setLabel("Starting at");
        stage.setItems(process.stages().stream().map(IssueProcessView.Stage::code).toList());
        stage.setItemLabelGenerator(code -> process.stages().stream().filter(s -> s.code().equals(code))
                .map(s -> s.name() + " (" + s.rule() + ")").findFirst().orElse(code));
        stage.setValue(process.stages().getFirst().code());
        Checkbox confirmed = new Checkbox("The summary holds no person's name and no case number");
        Button raise = new Button("Raise the issue", click -> {
            IssueView[] made = new IssueView[1];
            if (message.attempt(() -> made[0] = client.raiseIssue(new IssueRequest(childId, category.getValue(), summary.getValue(),
                    raisedOn.getValue(), stage.getValue(), confirmed.getValue())))) {
                UI.getCurrent().navigate(IssueRegisterView.class, QueryParameters.of(IssueRegisterView.PARAMETER, made[0].id().toString()));
            }
        });
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return SafeguardingParts.form("Raise an issue about this child's plan or practice", category, summary, raisedOn, stage, confirmed,
                raise, message);
    }
}
