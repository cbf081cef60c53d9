package uk.reviewhub.ui.national;

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
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.backend.SessionCredentials;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.BackendDownload;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.MainLayout;

import java.time.Clock;
import java.util.List;

/**
 * How we compare: the partnership's own figures in full beside England's and its statistical
 * neighbours' (suppressed). Partnership admins also read that the partnership's figures feed the
 * national view, which they can see but not turn off.
 */
@Route(value = "how-we-compare", layout = MainLayout.class)
@PageTitle("How we compare | Review Hub")
@Menu(title = "How we compare", order = 15)
@Allowed(Capability.PARTNERSHIP)
@Prototype
public class HowWeCompareView extends Main implements BeforeEnterObserver {

    static final String SHARING = "Your partnership's figures feed the national view of Review Hub: the national viewer and "
            + "platform admins see them as counts only, never a case, a child or a person, with counts from 1 to 5 suppressed. "
            + "This is part of the sharing agreement for using the platform, so it cannot be turned off here.";

    private final NationalClient national;
    private final Select<Integer> year;
    private final Div content = new Div();

    HowWeCompareView(NationalClient national, ComparatorsClient comparators, Clock clock) {
        this.national = national;
        this.year = Years.select(clock);
        addClassName("rh-view");
        year.addValueChangeListener(event -> refresh());
        Anchor csv = new Anchor(new BackendDownload(() -> national.ownDownload("csv", year.getValue()),
                () -> "how-we-compare-" + Years.label(year.getValue()) + ".csv", NationalClient.CSV), "Download as CSV");
        csv.setId("compare-csv");
        csv.getElement().setAttribute("download", true);
        Anchor xlsx = new Anchor(new BackendDownload(() -> national.ownDownload("xlsx", year.getValue()),
                () -> "how-we-compare-" + Years.label(year.getValue()) + ".xlsx", NationalClient.XLSX), "Download as XLSX");
        xlsx.setId("compare-xlsx");
        xlsx.getElement().setAttribute("download", true);
        Div controls = new Div(year, csv, xlsx);
        controls.addClassNames("rh-filters", "rh-no-print");
        add(new H1("How we compare"), controls);
        List<String> roles = SessionCredentials.current().map(c -> c.me().roles()).orElse(List.of());
        if (roles != null && roles.contains(Roles.PARTNERSHIP_ADMIN)) {
            Paragraph sharing = new Paragraph(SHARING);
            sharing.setId("national-sharing");
            add(new H2("Sharing with the national view"), sharing);
        }
        add(new ComparatorsPanel(comparators, this::refresh));
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        content.removeAll();
        try {
            content.add(new ReportPanel(national.ownComparison(year.getValue())));
        } catch (BackendProblem problem) {
            Paragraph message = new Paragraph(problem.getMessage());
            message.getElement().setAttribute("role", "alert");
            content.add(message);
        }
    }
}
