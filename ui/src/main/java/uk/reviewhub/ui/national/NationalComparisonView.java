package uk.reviewhub.ui.national;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.national.NationalReportView;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.BackendDownload;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.MainLayout;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One partnership or region against England and its statistical neighbours, for the national viewer
 * and platform admins; every value suppressed as official statistics are.
 */
@Route(value = "national/compare", layout = MainLayout.class)
@PageTitle("Compare an area | Review Hub")
@Menu(title = "Compare an area", order = 41)
@Allowed(Capability.NATIONAL)
@Prototype
public class NationalComparisonView extends Main implements BeforeEnterObserver {

    private final NationalClient national;
    private final Select<Integer> year;
    private final Select<String> area = new Select<>();
    private final Map<String, String> areas = new LinkedHashMap<>();
    private final Div content = new Div();

    NationalComparisonView(NationalClient national, Clock clock) {
        this.national = national;
        this.year = Years.select(clock);
        addClassName("rh-view");
        area.setLabel("Partnership or region");
        area.setItemLabelGenerator(code -> areas.getOrDefault(code, code));
        area.setId("national-area");
        area.addClassName("rh-no-print");
        area.addValueChangeListener(event -> refresh());
        year.addValueChangeListener(event -> refresh());
        Anchor csv = new Anchor(new BackendDownload(() -> national.download("csv", area.getValue(), year.getValue()),
                () -> "national-figures-" + area.getValue() + "-" + Years.label(year.getValue()) + ".csv", NationalClient.CSV),
                "Download as CSV");
        csv.setId("national-csv");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(new BackendDownload(() -> national.download("xlsx", area.getValue(), year.getValue()),
                () -> "national-figures-" + area.getValue() + "-" + Years.label(year.getValue()) + ".xlsx", NationalClient.XLSX),
                "Download as XLSX");
        xlsx.setId("national-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Div controls = new Div(area, year, csv, xlsx);
        controls.addClassNames("rh-filters", "rh-no-print");
        add(new H1("Compare an area with England"), controls, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            NationalReportView directory = national.partnerships();
            areas.clear();
            directory.tables().get(0).rows().forEach(row -> areas.put(row.values().getLast(), row.label()));
            directory.tables().get(1).rows().forEach(row -> areas.put(row.values().getFirst(), "Region: " + row.label()));
            area.setItems(areas.keySet());
            if (!areas.isEmpty()) {
                area.setValue(areas.keySet().iterator().next());
            }
        } catch (BackendProblem problem) {
            content.add(new Paragraph(problem.getMessage()));
        }
        refresh();
    }

    private void refresh() {
        content.removeAll();
        if (area.getValue() == null || year.getValue() == null) {
            content.add(new Paragraph("Choose a partnership or a region."));
            return;
        }
        try {
            content.add(new ReportPanel(national.area(area.getValue(), year.getValue())));
        } catch (BackendProblem problem) {
            Paragraph message = new Paragraph(problem.getMessage());
            message.getElement().setAttribute("role", "alert");
            content.add(message);
        }
    }
}
