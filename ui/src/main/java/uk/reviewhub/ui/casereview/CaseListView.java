package uk.reviewhub.ui.casereview;

import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.casereview.CaseStage;
import uk.reviewhub.api.casereview.CaseSummary;
import uk.reviewhub.api.casereview.TimelineStep;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.NarrowScreens;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The partnership's cases, each with its most pressing open clock as a traffic light (colour, shape
 * and words). Filter by reference or child, stage, or cases needing attention; sort by any column.
 */
@Route(value = "cases", layout = MainLayout.class)
@PageTitle("Cases | Review Hub")
@Menu(title = "Cases", order = 11)
@Allowed(Capability.CASE_WORK)
@Prototype
public class CaseListView extends Main implements BeforeEnterObserver {

    private static final Set<String> NEEDS_ATTENTION = Set.of("OVERDUE", "DUE_SOON");

    private final CaseClient cases;
    private final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    private final TextField search = new TextField("Search by case reference or child");
    private final ComboBox<CaseStage> stage = new ComboBox<>("Stage");
    private final Checkbox attention = new Checkbox("Only overdue or due soon");
    private final Paragraph count = new Paragraph();
    private ListDataProvider<CaseSummary> rows = new ListDataProvider<>(List.of());

    CaseListView(CaseClient cases) {
        this.cases = cases;
        addClassName("rh-view");

        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> applyFilters());
        stage.setItems(CaseStage.values());
        stage.setItemLabelGenerator(Labels::of);
        stage.setClearButtonVisible(true);
        stage.addValueChangeListener(event -> applyFilters());
        attention.addValueChangeListener(event -> applyFilters());
        Div filters = new Div(search, stage, attention);
        filters.addClassName("rh-filters");

        grid.addComponentColumn(row -> new RouterLink(row.laCaseReference(), CasePage.class, CasePage.parameters(row.id())))
                .setHeader("Case reference").setKey("reference").setSortable(true)
                .setComparator(Comparator.comparing(CaseSummary::laCaseReference, String.CASE_INSENSITIVE_ORDER)).setAutoWidth(true);
        grid.addColumn(CaseSummary::childIdentifier).setHeader("Child").setKey("child").setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> Labels.of(row.nature())).setHeader("Nature").setKey("nature").setSortable(true);
        grid.addColumn(row -> Labels.of(row.stage())).setHeader("Stage").setKey("stage")
                .setComparator(Comparator.comparing(CaseSummary::stage)).setSortable(true).setAutoWidth(true);
        grid.addColumn(row -> row.nextStep() == null ? "None open" : row.nextStep().title()).setHeader("Next step").setKey("next")
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(row -> row.nextStep() == null ? "–" : Dates.cell(row.nextStep().dueOn())).setHeader("Due").setKey("due")
                .setComparator(Comparator.comparing(CaseListView::dueOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(row -> row.nextStep() == null
                        ? StatusLight.forClock("NONE", "No open clock")
                        : StatusLight.forClock(row.nextStep().status(), row.nextStep().statusLabel()))
                .setHeader("Clock status").setKey("status").setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(CaseListView::urgency));
        // Narrow windows (320 px, or 200% zoom) keep the reference, the next step, its due date and status;
        // the child, nature and stage are in the row's details.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> new Paragraph("Child: " + row.childIdentifier()
                + ". Nature: " + Labels.of(row.nature()) + ". Stage: " + Labels.of(row.stage()) + ".")));
        NarrowScreens.keyColumnsOnNarrow(grid, List.of(grid.getColumnByKey("child"), grid.getColumnByKey("nature"),
                grid.getColumnByKey("stage")));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Cases");
        grid.setEmptyStateText("No cases match.");
        count.getElement().setAttribute("aria-live", "polite");

        add(new H1("Cases"), filters);
        if (UserRoles.records()) {
            Button record = new Button("Record a referral or SIN", event -> getUI().ifPresent(ui -> ui.navigate(NewCaseView.class)));
            add(record);
        }
        add(count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rows = new ListDataProvider<>(cases.cases());
        grid.setItems(rows);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("due")).build());
        applyFilters();
    }

    private void applyFilters() {
        String text = search.getValue().strip().toLowerCase(Locale.UK);
        CaseStage wanted = stage.getValue();
        boolean onlyAttention = attention.getValue();
        rows.setFilter(row -> (text.isEmpty()
                || row.laCaseReference().toLowerCase(Locale.UK).contains(text)
                || row.childIdentifier().toLowerCase(Locale.UK).contains(text))
                && (wanted == null || row.stage() == wanted)
                && (!onlyAttention || row.nextStep() != null && NEEDS_ATTENTION.contains(row.nextStep().status())));
        long shown = rows.size(new com.vaadin.flow.data.provider.Query<>(rows.getFilter()));
        count.setText(shown == 1 ? "1 case shown." : shown + " cases shown.");
    }

    private static LocalDate dueOn(CaseSummary row) {
        TimelineStep step = row.nextStep();
        return step == null ? null : step.dueOn();
    }

    /** Overdue first, then due soon, on track, not started, none. */
    private static int urgency(CaseSummary row) {
        if (row.nextStep() == null) {
            return 9;
        }
        return switch (row.nextStep().status()) {
            case "OVERDUE" -> 0;
            case "DUE_SOON" -> 1;
            case "ON_TRACK" -> 2;
            case "NOT_STARTED" -> 3;
            default -> 4;
        };
    }

}
