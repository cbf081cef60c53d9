package uk.reviewhub.ui.casereview;

import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.casereview.DashboardView;
import uk.reviewhub.api.casereview.DueItem;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.StatusLight;
import uk.reviewhub.ui.shell.Tables;

import java.util.List;

/** The review group's dashboard: steps due this week, overdue steps, open rapid reviews and reviews, red actions. */
@Route(value = "dashboard", layout = MainLayout.class)
@PageTitle("Dashboard | Review Hub")
@Menu(title = "Dashboard", order = 10)
@Allowed(Capability.CASE_WORK)
@Prototype
public class CaseDashboardView extends Main implements BeforeEnterObserver {

    /** The CAP view's path with its red filter (a path, so this feature does not depend on the CAP's classes). */
    static final String RED_ACTIONS_PATH = "cap?status=RED";

    private final CaseClient cases;

    CaseDashboardView(CaseClient cases) {
        this.cases = cases;
        addClassName("rh-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        DashboardView dashboard = cases.dashboard();
        UnorderedList counts = new UnorderedList(
                count("due-this-week", dashboard.dueThisWeek().size(), "steps due this week", null),
                count("overdue", dashboard.overdue().size(), "steps overdue", null),
                count("open-rapid-reviews", dashboard.openRapidReviews(), "open rapid reviews", null),
                count("open-reviews", dashboard.openReviews(), "open reviews", null),
                count("red-actions", dashboard.redActions(), "red actions on the action plan", new Anchor(RED_ACTIONS_PATH, "See red actions")));
        counts.addClassName("rh-counts");
        add(new H1("Dashboard"), counts,
                section("Overdue", "overdue-list", dashboard.overdue(), "Nothing is overdue."),
                section("Due this week", "due-this-week-list", dashboard.dueThisWeek(), "Nothing is due this week."));
    }

    private static ListItem count(String id, int number, String words, Component link) {
        Span figure = new Span(String.valueOf(number));
        figure.addClassName("rh-count__number");
        ListItem item = new ListItem(figure, new Span(words));
        if (link != null) {
            item.add(new Paragraph(link));
        }
        item.setId(id);
        item.addClassName("rh-count");
        return item;
    }

    private static Section section(String title, String id, List<DueItem> items, String none) {
        Section section = new Section(new H2(title));
        if (items.isEmpty()) {
            section.add(new Paragraph(none));
            return section;
        }
        List<List<?>> rows = items.stream().<List<?>>map(item -> List.of(
                new RouterLink(item.laCaseReference(), CasePage.class, CasePage.parameters(item.caseId())),
                item.step(), Dates.format(item.dueOn()), StatusLight.forClock(item.status(), item.statusLabel()))).toList();
        NativeTable table = Tables.of(title + ": " + items.size(), false, List.of("Case", "Step", "Due", "Status"), rows);
        table.setId(id);
        section.add(table);
        return section;
    }
}
