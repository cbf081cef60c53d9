package uk.reviewhub.ui.actionplan;

import uk.reviewhub.ui.partnership.PartnershipClient;
import java.time.Clock;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.actionplan.ActionRequest;
import uk.reviewhub.api.actionplan.ActionView;
import uk.reviewhub.api.actionplan.Rag;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.backend.Pages;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.RequestFields;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.NarrowScreens;
import uk.reviewhub.ui.shell.UserRoles;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The Composite Action Plan: every action of every review and of independent scrutiny, filtered by
 * agency, RAG status, overdue and source (a review, a review's recommendation, or scrutiny); downloadable as CSV (fetched on the server with the user's token: the link carries no
 * token). Selecting an action opens a form to record its progress, evidence and completion.
 */
@Route(value = "cap", layout = MainLayout.class)
@PageTitle("Composite Action Plan | Review Hub")
@Menu(title = "Composite Action Plan", order = 12)
@Allowed(Capability.CASE_WORK)
@Prototype
public class CapView extends Main implements BeforeEnterObserver {

    static final String REVIEW = "REVIEW";
    static final String RECOMMENDATION = "RECOMMENDATION";
    static final String SCRUTINY = "SCRUTINY";

    /** Rows per backend page; the grid asks for its own page size, read over these. */
    static final int PAGE_SIZE = 50;

    private final ActionPlanClient plan;
    private final PartnershipClient partnerships;
    private final Clock clock;
    private final ComboBox<AgencyView> agency = new ComboBox<>("Agency");
    private final Select<Rag> status = new Select<>();
    private final Checkbox overdue = new Checkbox("Only overdue");
    private final Select<String> source = new Select<>();
    private final Grid<ActionView> grid = new Grid<>(ActionView.class, false);
    private final Paragraph count = new Paragraph();
    private final Div progress = new Div();
    private boolean loading;

    CapView(ActionPlanClient plan, PartnershipClient partnerships, Clock clock) {
        this.clock = clock;
        this.plan = plan;
        this.partnerships = partnerships;
        addClassName("rh-view");
        agency.setItemLabelGenerator(AgencyView::name);
        agency.setClearButtonVisible(true);
        status.setLabel("RAG status");
        status.setItems(Rag.values());
        status.setItemLabelGenerator(rag -> rag == null ? "Any" : rag.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        source.setLabel("Source");
        source.setItems(REVIEW, RECOMMENDATION, SCRUTINY);
        source.setItemLabelGenerator(value -> value == null ? "Any" : REVIEW.equals(value) ? "A review"
                : SCRUTINY.equals(value) ? "Independent scrutiny" : "A recommendation");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any");
        agency.addValueChangeListener(event -> refresh());
        status.addValueChangeListener(event -> refresh());
        overdue.addValueChangeListener(event -> refresh());
        source.addValueChangeListener(event -> refresh());

        Anchor csv = new Anchor(new CsvDownload(), "Download as CSV");
        csv.setId("cap-csv");
        csv.getElement().setAttribute("download", true);
        Div filters = new Div(agency, status, source, overdue, csv);
        filters.addClassName("rh-filters");

        grid.addColumn(action -> action.laCaseReference() == null ? "–" : action.laCaseReference())
                .setHeader("Case").setKey("case").setAutoWidth(true);
        grid.addColumn(CapView::sourceWords).setHeader("Source").setKey("source").setAutoWidth(true);
        grid.addColumn(ActionView::agencyName).setHeader("Agency").setKey("agency").setAutoWidth(true);
        grid.addColumn(ActionView::owner).setHeader("Owner").setKey("owner");
        grid.addColumn(ActionView::description).setHeader("Action").setKey("description").setFlexGrow(3);
        grid.addColumn(action -> Dates.cell(action.dueOn())).setHeader("Due").setKey("due")
.setAutoWidth(true);
        grid.addColumn(action -> action.progressPercent() + "%").setHeader("Progress").setKey("progress").setAutoWidth(true);
        grid.addComponentColumn(action -> StatusLight.forRag(action.rag().name(), action.ragLabel()
                        + (action.ragOverride() == null ? "" : " (set by hand: " + action.ragOverrideReason() + ")")))
                .setHeader("RAG status").setKey("rag").setAutoWidth(true);
        // Narrow windows (320 px, or 200% zoom) keep the case, the action, the due date and the RAG status;
        // the rest of a row is in its details and in the panel a selection opens.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(action -> new Paragraph("Source: " + sourceWords(action)
                + ". Agency: " + action.agencyName() + ". Owner: " + action.owner() + ". Progress: " + action.progressPercent() + "%.")));
        NarrowScreens.keyColumnsOnNarrow(grid, List.of(grid.getColumnByKey("source"), grid.getColumnByKey("agency"),
                grid.getColumnByKey("owner"), grid.getColumnByKey("progress")));
        grid.setHeight("32rem");
        grid.setPageSize(PAGE_SIZE);
        grid.setEmptyStateText("No actions match.");
        grid.getElement().setAttribute("aria-label", "Actions of the Composite Action Plan");
        grid.addSelectionListener(event -> showProgress(event.getFirstSelectedItem().orElse(null)));
        count.getElement().setAttribute("aria-live", "polite");
        progress.setId("action-progress");

        add(new H1("Composite Action Plan"), filters, count, grid, progress);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loading = true;
        try {
            List<AgencyView> agencies = partnerships.agencies();
            agency.setItems(agencies);
            Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
            first(query, "status").flatMap(CapView::rag).ifPresent(status::setValue);
            first(query, "source").filter(value -> REVIEW.equals(value) || RECOMMENDATION.equals(value) || SCRUTINY.equals(value)).ifPresent(source::setValue);
            first(query, "overdue").ifPresent(value -> overdue.setValue(Boolean.parseBoolean(value)));
            first(query, "agency").ifPresent(id -> agencies.stream().filter(a -> a.id().toString().equals(id)).findFirst()
                    .ifPresent(agency::setValue));
        } finally {
            loading = false;
        }
        refresh();
    }

    ActionPlanClient.Filter filter() {
        AgencyView chosen = agency.getValue();
        return new ActionPlanClient.Filter(chosen == null ? null : chosen.id(), status.getValue(), overdue.getValue(), source.getValue());
    }

    private void refresh() {
        if (loading) {
            return;
        }
        ActionPlanClient.Filter filter = filter();
        long total = plan.actions(filter, 0, 1).total();
        grid.setItems(query -> Pages.slice((page, size) -> plan.actions(filter, page, size), query.getOffset(), query.getLimit(), PAGE_SIZE),
                query -> (int) Math.min(total, Integer.MAX_VALUE));
        count.setText(total == 1 ? "1 action matches." : total + " actions match.");
        progress.removeAll();
    }

    /** Where the action came from, in words: its review, a recommendation of it, or a piece of scrutiny. */
    static String sourceWords(ActionView action) {
        if (SCRUTINY.equals(action.source())) {
            return "Scrutiny: " + action.scrutinyPieceTitle();
        }
        return action.recommendationNumber() == null ? "Review" : "Recommendation " + action.recommendationNumber();
    }

    /** The CSV of the current filters, as the signed-in user. */
    byte[] csv() {
        return plan.csv(filter());
    }

    /**
     * Says a change was made where the form was (the panel is emptied as the plan is read again),
     * announced, with the keyboard focus on it.
     */
    private void saved(String text) {
        FormFeedback news = new FormFeedback("action-saved");
        progress.add(news);
        news.done(text);
    }

    private void showProgress(ActionView action) {
        progress.removeAll();
        if (action == null) {
            return;
        }
        if (SCRUTINY.equals(action.source())) {
            progress.add(new H2("Action from scrutiny: " + action.scrutinyPieceTitle()), new Paragraph(action.description()),
                    new Paragraph("Owner: " + action.owner() + ", " + action.agencyName() + ". Due " + Dates.format(action.dueOn()) + "."));
        } else {
            progress.add(new H2("Action on case " + action.laCaseReference()), new Paragraph(action.description()),
                    new Paragraph("Owner: " + action.owner() + ", " + action.agencyName() + ". Due " + Dates.format(action.dueOn()) + "."),
                    new Paragraph(new Anchor("cases/" + action.caseId(), "Open case " + action.laCaseReference())));
        }
        NarrowScreens.bringIntoView(progress);
        if (!action.mayReport()) {
            // The owning agency's members, the chair or vice chair and business support report on an action (the backend decides).
            progress.add(new Paragraph("Progress on this action is recorded by " + action.agencyName()
                    + ", the chair or vice chair, or business support."));
            return;
        }
        IntegerField percent = RequestFields.standsFor(new IntegerField("Progress (per cent)"), "progressPercent");
        percent.setMin(0);
        percent.setMax(100);
        percent.setValue(action.progressPercent());
        TextArea evidence = ContractLimits.limit(new TextArea("Evidence notes"), ActionRequest.class, "evidenceNotes");
        evidence.setWidthFull();
        evidence.setValue(action.evidenceNotes() == null ? "" : action.evidenceNotes());
        DatePicker completedOn = Dates.picker("Completed on", ActionRequest.class, "completedOn", clock);
        completedOn.setValue(action.completedOn());
        DatePicker handedOn = Dates.picker("Handed to monitoring and evaluation on", ActionRequest.class, "handedToMonitoringOn", clock);
        handedOn.setValue(action.handedToMonitoringOn());
        FormErrors errors = new FormErrors();
        Button save = new Button("Save progress", event -> {
            if (percent.isInvalid() || percent.getValue() == null || percent.getValue() < 0 || percent.getValue() > 100) {
                percent.setInvalid(true);
                percent.setErrorMessage("Enter a whole number from 0 to 100.");
                errors.show("Check the fields marked: some are missing or wrong.");
                return;
            }
            ActionView updated = errors.attemptGet(() -> plan.update(action.id(), new ActionRequest(action.agencyId(), action.owner(),
                    action.description(), action.dueOn(), percent.getValue(), evidence.getValue().isBlank() ? null : evidence.getValue(),
                    completedOn.getValue(), handedOn.getValue(), action.version())));
            if (updated != null) {
                refresh();
                saved("Progress saved on the action of case " + action.laCaseReference() + ".");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(percent, evidence, completedOn, handedOn, errors, save);
        form.addClassName("rh-form");
        form.getStyle().set("max-width", "40rem");
        progress.add(form);
        if (UserRoles.decides()) {
            progress.add(overrideForm(action));
        }
    }

    /** Chairs may set the RAG status by hand, with a reason (recorded by the backend), or go back to the computed one. */
    private Div overrideForm(ActionView action) {
        Select<Rag> rag = new Select<>();
        rag.setLabel("RAG status set by hand");
        rag.setItems(Rag.values());
        rag.setItemLabelGenerator(value -> value == null ? "None: use the computed status" : value.label());
        rag.setEmptySelectionAllowed(true);
        rag.setEmptySelectionCaption("None: use the computed status");
        rag.setValue(action.ragOverride());
        TextArea reason = ContractLimits.limit(new TextArea("Reason for setting it by hand"),
                uk.reviewhub.api.actionplan.RagOverrideRequest.class, "reason");
        reason.setWidthFull();
        reason.setValue(action.ragOverrideReason() == null ? "" : action.ragOverrideReason());
        FormErrors errors = new FormErrors();
        Button save = new Button("Save RAG status", event -> {
            if (rag.getValue() != null && !FormErrors.required(reason, "Give the reason.")) {
                errors.show("Check the fields marked: some are missing or wrong.");
                return;
            }
            ActionView current = errors.attemptGet(() -> plan.override(action.id(), new uk.reviewhub.api.actionplan.RagOverrideRequest(
                    rag.getValue(), rag.getValue() == null ? null : reason.getValue().strip(), action.version())));
            if (current != null) {
                refresh();
                saved("RAG status saved on the action of case " + action.laCaseReference() + ".");
            }
        });
        Div form = new Div(new H2("Set the RAG status by hand"),
                new Paragraph("Computed status: " + action.computedRag().label() + "."), rag, reason, errors, save);
        form.addClassName("rh-form");
        form.getStyle().set("max-width", "40rem");
        return form;
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    private static java.util.Optional<Rag> rag(String name) {
        try {
            return java.util.Optional.of(Rag.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** Streams the CSV fetched from the backend with the session's token (taken under the session's lock). */
    private final class CsvDownload implements DownloadHandler {
        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            VaadinSession session = event.getSession();
            byte[] body;
            session.lock();
            try {
                body = csv();
            } catch (BackendProblem problem) {
                event.getResponse().setStatus(problem.status() == 0 ? 503 : problem.status());
                return;
            } finally {
                session.unlock();
            }
            event.setFileName("composite-action-plan.csv");
            event.setContentType("text/csv; charset=utf-8");
            event.setContentLength(body.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(body);
            }
        }
    }
}
