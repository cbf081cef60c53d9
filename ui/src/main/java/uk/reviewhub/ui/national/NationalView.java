package uk.reviewhub.ui.national;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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

/**
 * The national landing, for the national viewer and platform admins: England's figures for a
 * financial year, the trend, the regions, with charts drawn on the server (each with its text
 * alternative and the table beside it) and CSV and XLSX downloads. Aggregates only, suppressed.
 */
@Route(value = "national", layout = MainLayout.class)
@PageTitle("National figures | Review Hub")
@Menu(title = "National figures", order = 40)
@Allowed(Capability.NATIONAL)
@Prototype
public class NationalView extends Main implements BeforeEnterObserver {

    private final NationalClient national;
    private final Select<Integer> year;
    private final Div content = new Div();

    NationalView(NationalClient national, Clock clock) {
        this.national = national;
        this.year = Years.select(clock);
        addClassName("rh-view");
        year.addValueChangeListener(event -> refresh());
        Anchor csv = new Anchor(new BackendDownload(() -> national.download("csv", null, year.getValue()),
                () -> "national-figures-england-" + Years.label(year.getValue()) + ".csv", NationalClient.CSV), "Download as CSV");
        csv.setId("national-csv");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(new BackendDownload(() -> national.download("xlsx", null, year.getValue()),
                () -> "national-figures-england-" + Years.label(year.getValue()) + ".xlsx", NationalClient.XLSX), "Download as XLSX");
        xlsx.setId("national-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Div controls = new Div(year, csv, xlsx);
        controls.addClassNames("rh-filters", "rh-no-print");
        add(new H1("National figures: England"), controls, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        content.removeAll();
        int chosen = year.getValue();
        try {
            NationalReportView report = national.landing(chosen);
            content.add(new Paragraph("Financial year " + report.period() + " (April to March)."));
            content.add(new H2("Charts"));
            content.add(chart("regions", chosen), chart("trend", chosen));
            content.add(new ReportPanel(report));
        } catch (BackendProblem problem) {
            Paragraph message = new Paragraph(problem.getMessage());
            message.setId("national-message");
            message.getElement().setAttribute("role", "alert");
            content.add(message);
        }
    }

    /** The server's SVG, inline (its title and description are the text alternative; the table follows below). */
    private Div chart(String name, int year) {
        Div holder = new Div(new Html("<div>" + national.chartSvg(name, year) + "</div>"));
        holder.setId("national-chart-" + name);
        holder.addClassName("rh-chart");
        return holder;
    }
}
