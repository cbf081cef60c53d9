package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.conference.IssueOutcomeRequest;
import uk.reviewhub.api.conference.IssueProcessView;
import uk.reviewhub.api.conference.IssueStepRequest;
import uk.reviewhub.api.conference.IssueView;
import uk.reviewhub.api.conference.PersonRef;
import uk.reviewhub.api.vocabulary.IssueOutcome;
import uk.reviewhub.api.vocabulary.IssueStepKind;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The escalation register of the Issue Resolution Process: every issue open and ended, open first,
 * with its stage, its age in working days, and overdue flagged (the stage's response clock or the
 * whole process's, in words); filtered by stage, by chair (the manager and support) and open or
 * ended. One issue is shown in full when the address names it ({@code ?issue=<id>}): its clocks, every
 * step with who recorded it, and the forms: the chair escalates (stages may be skipped, never gone
 * back to), refers to Cafcass and records the outcome ({@link Capability#SAFEGUARDING_DECIDE}); the
 * chair and support record responses ({@link Capability#SAFEGUARDING_RUN}). A chair raises an issue
 * from the child's page.
 */
@Route(value = "safeguarding/issues", layout = MainLayout.class)
@PageTitle("Issue register | Review Hub")
@Menu(title = "Issue register", order = 29)
@Allowed(Capability.SAFEGUARDING)
@Prototype
public class IssueRegisterView extends Main implements BeforeEnterObserver {

    static final String PARAMETER = "issue";
    private static final String ALL = "All";
    private static final String OPEN = "Open";
    private static final String ENDED = "Resolved or closed";

    private final IssueClient client;
    private final SafeguardingClient service;
    private final Clock clock;
    private final Div detail = new Div();
    private final Div register = new Div();
    private final Div filters = new Div();
    private final FormFeedback stepMessage = new FormFeedback("irp-step-message");
    private final FormFeedback outcomeMessage = new FormFeedback("irp-outcome-message");
    private IssueProcessView process;
    private Select<String> stageFilter;
    private Select<PersonRef> chairFilter;
    private Select<String> openFilter;

    IssueRegisterView(IssueClient client, SafeguardingClient service, Clock clock) {
        this.client = client;
        this.service = service;
        this.clock = clock;
        addClassName("rh-view");
        add(new H1("Issue register"),
                new Paragraph("The Issue Resolution Process: issues a chair raises about a child's plan or practice, escalated "
                        + "stage by stage, each stage with its time to respond, the whole within its timescale."),
                detail, filters, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        process = client.issueProcess();
        Optional<UUID> chosen = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER).flatMap(IssueRegisterView::uuid);
        detail.removeAll();
        chosen.ifPresent(id -> detail.add(detail(client.issue(id))));
        filters.removeAll();
        filters.add(filters());
        showRegister();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    // -- the register --------------------------------------------------------------------------------

    private Div filters() {
        stageFilter = new Select<>();
        stageFilter.setLabel("Stage");
        List<String> stages = new ArrayList<>(List.of(ALL));
        process.stages().forEach(s -> stages.add(s.code()));
        stageFilter.setItems(stages);
        stageFilter.setItemLabelGenerator(code -> code.equals(ALL) ? ALL : stageName(code));
        stageFilter.setValue(ALL);
        openFilter = new Select<>();
        openFilter.setLabel("Show");
        openFilter.setItems(ALL, OPEN, ENDED);
        openFilter.setValue(ALL);
        Div box = new Div(stageFilter, openFilter);
        box.setId("irp-filters");
        box.addClassName("rh-form");
        stageFilter.addValueChangeListener(e -> showRegister());
        openFilter.addValueChangeListener(e -> showRegister());
        if (Capability.SAFEGUARDING_CASELOADS.granted()) {
            chairFilter = new Select<>();
            chairFilter.setLabel("Chair");
            chairFilter.setEmptySelectionAllowed(true);
            chairFilter.setEmptySelectionCaption("Every chair");
            chairFilter.setItems(service.chairs(null).stream().map(c -> c.chair()).toList());
            chairFilter.setItemLabelGenerator(p -> p == null ? "Every chair" : p.name());
            chairFilter.addValueChangeListener(e -> showRegister());
            box.addComponentAsFirst(chairFilter);
        }
        return box;
    }

    private void showRegister() {
        String stage = stageFilter == null || ALL.equals(stageFilter.getValue()) ? null : stageFilter.getValue();
        Boolean open = openFilter == null || ALL.equals(openFilter.getValue()) ? null : OPEN.equals(openFilter.getValue());
        UUID chair = chairFilter == null || chairFilter.getValue() == null ? null : chairFilter.getValue().id();
        List<IssueView> issues = client.issues(chair, stage, null, open);
        register.removeAll();
        register.add(table(issues));
    }

    private Section table(List<IssueView> issues) {
        if (issues.isEmpty()) {
            return SafeguardingParts.section("irp-register", "Issues", new Paragraph(process.enabled()
                    ? "No issues to show." : "This partnership runs no Issue Resolution Process."));
        }
        List<List<?>> rows = issues.stream().<List<?>>map(i -> List.of(
                link(i),
                new RouterLink(i.child().caseReference(), ChildPage.class, i.child().id().toString()),
                i.category().label(),
                i.stage().name(),
                i.raisedBy().name(),
                i.workingDaysOpen() + " working day" + (i.workingDaysOpen() == 1 ? "" : "s"),
                i.open() ? SafeguardingParts.status(i.stageResponse()) : "–",
                i.open() ? (i.overdue() ? "Overdue" : "In time") : i.outcome().label())).toList();
        NativeTable table = Tables.of("Issues, open first", false,
                List.of("Raised on", "Child", "About", "Stage", "Raised by", "Open for", "Response at this stage", "Standing"), rows);
        table.setId("irp-table");
        return SafeguardingParts.section("irp-register", "Issues (" + issues.size() + ")", table);
    }

    private static RouterLink link(IssueView i) {
        RouterLink link = new RouterLink(Dates.cell(i.raisedOn()), IssueRegisterView.class);
        link.setQueryParameters(QueryParameters.of(PARAMETER, i.id().toString()));
        link.getElement().setAttribute("aria-label", "Issue raised " + Dates.format(i.raisedOn()) + " about " + i.child().caseReference());
        return link;
    }

    private String stageName(String code) {
        return process.stages().stream().filter(s -> s.code().equals(code)).map(IssueProcessView.Stage::name).findFirst().orElse(code);
    }

    // -- one issue -----------------------------------------------------------------------------------

    private Section detail(IssueView i) {
        DescriptionList facts = new DescriptionList();
        SafeguardingParts.term(facts, "Child", i.child().caseReference());
        SafeguardingParts.term(facts, "About", i.category().label());
        SafeguardingParts.term(facts, "Summary", i.summary());
        SafeguardingParts.term(facts, "Raised", Dates.format(i.raisedOn()) + " by " + i.raisedBy().name());
        SafeguardingParts.term(facts, "Stage", i.stage().name() + (i.stage().formal() ? "" : " (informal)") + " since "
                + Dates.format(i.stageSince()));
        SafeguardingParts.term(facts, "Response at this stage", i.stageResponse().statusLabel() + " (" + i.stageResponse().rule()
                + ", due " + Dates.format(i.stageResponse().dueOn()) + ")");
        SafeguardingParts.term(facts, "The whole process", i.resolution().statusLabel() + " (" + i.resolution().rule() + ", due "
                + Dates.format(i.resolution().dueOn()) + ")");
        SafeguardingParts.term(facts, "Open for", i.workingDaysOpen() + " working days" + (i.overdue() ? ": overdue" : ""));
        SafeguardingParts.term(facts, "Referred to Cafcass", i.cafcassReferredOn() == null ? "No" : Dates.format(i.cafcassReferredOn()));
        SafeguardingParts.term(facts, "Outcome", i.open() ? "Open" : i.outcome().label() + " (" + Dates.format(i.outcomeOn()) + ")");
        List<List<?>> rows = i.steps().stream().<List<?>>map(s -> List.of(Dates.cell(s.on()), s.kind().label(), s.stageName(),
                s.note() == null ? "" : s.note(), s.recordedBy().name())).toList();
        NativeTable steps = Tables.of("Every step", true, List.of("On", "Step", "Stage", "Note", "Recorded by"), rows);
        steps.setId("irp-steps");
        Section section = SafeguardingParts.section("irp-issue", "Issue about " + i.child().caseReference() + " raised "
                + Dates.format(i.raisedOn()), facts, steps);
        if (i.open() && Capability.SAFEGUARDING_RUN.granted()) {
            section.add(stepForm(i));
        }
        if (i.open() && Capability.SAFEGUARDING_DECIDE.granted()) {
            section.add(outcomeForm(i));
        }
        return section;
    }

    private Div stepForm(IssueView i) {
        stepMessage.forgetFields();
        Select<IssueStepKind> kind = stepMessage.field("kind", new Select<>());
        kind.setLabel("Step");
        List<IssueStepKind> kinds = new ArrayList<>(List.of(IssueStepKind.RESPONSE));
        if (Capability.SAFEGUARDING_DECIDE.granted()) {
            kinds.add(IssueStepKind.ESCALATED);
            if (process.cafcassReferral() && i.cafcassReferredOn() == null) {
                kinds.add(IssueStepKind.CAFCASS_REFERRAL);
            }
        }
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k == IssueStepKind.ESCALATED ? "Escalated to a later stage" : k.label());
        kind.setValue(IssueStepKind.RESPONSE);
        Select<String> stage = stepMessage.field("stage", new Select<>());
        stage.setLabel("Escalated to");
        List<String> later = process.stages().stream().map(IssueProcessView.Stage::code)
                .dropWhile(code -> !code.equals(i.stage().code())).skip(1).toList();
        stage.setItems(later);
        stage.setItemLabelGenerator(this::stageName);
        stage.setEnabled(false);
        kind.addValueChangeListener(e -> stage.setEnabled(e.getValue() == IssueStepKind.ESCALATED));
        DatePicker on = stepMessage.field("on", SafeguardingParts.date("On", IssueStepRequest.class, "on", clock));
        TextArea note = stepMessage.field("note", ContractLimits.limit(new TextArea("Note (no names)"), IssueStepRequest.class, "note"));
        Checkbox confirmed = new Checkbox("The note holds no person's name and no case number");
        Button record = new Button("Record the step", click -> {
            if (stepMessage.attempt(() -> client.issueStep(i.id(), new IssueStepRequest(kind.getValue(),
                    kind.getValue() == IssueStepKind.ESCALATED ? stage.getValue() : null, on.getValue(), blankToNull(note.getValue()),
                    confirmed.getValue(), i.version())))) {
                reload(i.id());
            }
        });
        return SafeguardingParts.form("Record a step", kind, stage, on, note, confirmed, record, stepMessage);
    }

    private Div outcomeForm(IssueView i) {
        outcomeMessage.forgetFields();
        Select<IssueOutcome> outcome = outcomeMessage.field("outcome", new Select<>());
        outcome.setLabel("Outcome");
        outcome.setItems(IssueOutcome.values());
        outcome.setItemLabelGenerator(IssueOutcome::label);
        DatePicker on = outcomeMessage.field("on", SafeguardingParts.date("Decided on", IssueOutcomeRequest.class, "on", clock));
        TextArea note = outcomeMessage.field("note", ContractLimits.limit(new TextArea("What was agreed (no names)"),
                IssueOutcomeRequest.class, "note"));
        Checkbox confirmed = new Checkbox("The text holds no person's name and no case number");
        Button record = new Button("Record the outcome", click -> {
            if (outcomeMessage.attempt(() -> client.issueOutcome(i.id(), new IssueOutcomeRequest(outcome.getValue(), on.getValue(),
                    blankToNull(note.getValue()), confirmed.getValue(), i.version())))) {
                reload(i.id());
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return SafeguardingParts.form("The outcome (nothing is recorded after it)", outcome, on, note, confirmed, record, outcomeMessage);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void reload(UUID id) {
        UI.getCurrent().navigate(IssueRegisterView.class, QueryParameters.of(PARAMETER, id.toString()));
    }
}
