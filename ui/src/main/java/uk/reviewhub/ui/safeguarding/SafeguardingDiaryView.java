package uk.reviewhub.ui.safeguarding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.conference.ChairCaseload;
import uk.reviewhub.api.conference.DiaryEntry;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.Tables;

import java.util.Comparator;
import java.util.List;

/**
 * The safeguarding service's diary: every open clock overdue, then the conferences, reviews and
 * records due in the coming weeks, by due date: a chair's own children (their caseload), or the
 * whole service's for the manager and business support, who also see each chair's caseload (the
 * allocation board).
 */
@Route(value = "safeguarding/diary", layout = MainLayout.class)
@PageTitle("Safeguarding diary | Review Hub")
@Menu(title = "Safeguarding diary", order = 26)
@Allowed(Capability.SAFEGUARDING)
@Prototype
public class SafeguardingDiaryView extends Main implements BeforeEnterObserver {

    static final List<Integer> WEEKS = List.of(2, 4, 8, 12, 26);
    static final int DEFAULT_WEEKS = 4;

    private final SafeguardingClient client;
    private final Select<Integer> weeks = new Select<>();
    private final Div content = new Div();

    SafeguardingDiaryView(SafeguardingClient client) {
        this.client = client;
        addClassName("rh-view");
        weeks.setLabel("Coming weeks");
        weeks.setId("diary-weeks");
        weeks.setItems(WEEKS);
        weeks.setItemLabelGenerator(n -> n + " weeks");
        weeks.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UI.getCurrent().navigate(SafeguardingDiaryView.class, QueryParameters.of("weeks", event.getValue().toString()));
            }
        });
        Div controls = new Div(weeks);
        controls.addClassName("rh-filters");
        add(new H1(Capability.SAFEGUARDING_CASELOADS.granted() ? "Safeguarding diary" : "Your diary and caseload"), controls, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int asked = event.getLocation().getQueryParameters().getSingleParameter("weeks")
                .filter(value -> value.matches("\\d{1,2}")).map(Integer::valueOf).filter(WEEKS::contains).orElse(DEFAULT_WEEKS);
        weeks.setValue(asked);
        content.removeAll();
        List<DiaryEntry> entries = client.diary(asked).stream()
                .sorted(Comparator.comparing((DiaryEntry e) -> e.step().dueOn(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<DiaryEntry> overdue = entries.stream().filter(e -> "OVERDUE".equals(e.step().status())).toList();
        List<DiaryEntry> coming = entries.stream().filter(e -> !"OVERDUE".equals(e.step().status())).toList();
        content.add(entries("diary-overdue", "Overdue", overdue, "Nothing is overdue."));
        content.add(entries("diary-coming", "Due in the coming " + asked + " weeks", coming, "Nothing is due in these weeks."));
        if (Capability.SAFEGUARDING_CASELOADS.granted()) {
            content.add(caseloads(client.chairs(asked), asked));
        }
        content.add(feed());
    }

    /** The iCalendar feed of the person's conferences and reviews: its secret address, shown once. */
    private Section feed() {
        Div answer = new Div();
        Button make = new Button("Make a calendar feed", click -> {
            answer.removeAll();
            TextField address = new TextField("Your calendar feed's address");
            address.setId("calendar-feed-url");
            address.setValue(client.safeguardingCalendarFeed().url());
            address.setReadOnly(true);
            address.setWidthFull();
            Paragraph said = new Paragraph("Add this address to your calendar app as a subscription. It is shown this once: "
                    + "keep it private, as anyone who has it sees the dates of your conferences and reviews and the children's "
                    + "case references.");
            said.getElement().setAttribute("role", "status");
            answer.add(address, said);
            address.focus();
        });
        make.setId("make-calendar-feed");
        return SafeguardingParts.section("calendar-feed", "Calendar feed",
                new Paragraph("Your conferences and reviews in your own calendar app (each on its day), kept up to date."),
                make, answer);
    }

    private Section entries(String id, String heading, List<DiaryEntry> entries, String none) {
        if (entries.isEmpty()) {
            return SafeguardingParts.section(id, heading, new Paragraph(none));
        }
        List<List<?>> rows = entries.stream().<List<?>>map(entry -> List.of(
                Dates.cell(entry.step().dueOn()),
                childLink(entry),
                entry.step().title(),
                SafeguardingParts.name(entry.chair()),
                SafeguardingParts.status(entry.step()))).toList();
        NativeTable table = Tables.of(heading, false, List.of("Due", "Child", "What", "Chair", "Status"), rows);
        table.setId(id + "-table");
        return SafeguardingParts.section(id, heading + " (" + entries.size() + ")", table);
    }

    private static RouterLink childLink(DiaryEntry entry) {
        return new RouterLink(SafeguardingParts.child(entry.caseReference(), entry.initials()), ChildPage.class,
                entry.childId().toString());
    }

    private Section caseloads(List<ChairCaseload> chairs, int asked) {
        if (chairs.isEmpty()) {
            return SafeguardingParts.section("caseloads", "Chairs' caseloads", new Paragraph("The service has no chairs yet."));
        }
        List<List<?>> rows = chairs.stream().<List<?>>map(c -> List.of(c.chair().name(), c.children(), c.comingConferences(),
                c.overdue())).toList();
        NativeTable table = Tables.of("Each chair's caseload", false,
                List.of("Chair", "Children allocated", "Due in the coming " + asked + " weeks", "Overdue"), rows);
        table.setId("caseloads-table");
        return SafeguardingParts.section("caseloads", "Chairs' caseloads", table);
    }
}
