package uk.reviewhub.ui.partnership;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.api.partnership.PartnershipView;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;

/** The signed-in user's partnership: its name, its statutory partners and its review groups. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Partnership | Review Hub")
@Menu(title = "Partnership", order = 1)
@Prototype
public class PartnershipOverviewView extends Main implements BeforeEnterObserver {

    private final PartnershipClient partnerships;

    PartnershipOverviewView(PartnershipClient partnerships) {
        this.partnerships = partnerships;
        addClassName("rh-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        show(partnerships.partnership());
    }

    private void show(PartnershipView partnership) {
        add(new H1(partnership.name()));
        if (partnership.formerName() != null && !partnership.formerName().isBlank()) {
            add(new Paragraph("Formerly " + partnership.formerName() + "."));
        }
        if (partnership.arrangementsPublished() != null) {
            add(new Paragraph("Safeguarding arrangements published " + Dates.format(partnership.arrangementsPublished()) + "."));
        }

        UnorderedList partners = new UnorderedList();
        partnership.statutoryPartners().forEach(agency -> partners.add(new ListItem(describe(agency))));
        add(section("Statutory partners", partnership.statutoryPartners().isEmpty()
                ? new Paragraph("No statutory partners are recorded.") : partners));

        UnorderedList groups = new UnorderedList();
        partnership.groups().forEach(group -> groups.add(new ListItem(GroupChooser.label(group))));
        add(section("Review groups", partnership.groups().isEmpty()
                ? new Paragraph("No review groups are recorded.") : groups));
    }

    private static String describe(AgencyView agency) {
        return agency.compactSignedOn() == null
                ? agency.name()
                : agency.name() + " (compact signed " + Dates.format(agency.compactSignedOn()) + ")";
    }

    private static Section section(String title, com.vaadin.flow.component.Component body) {
        H2 heading = new H2(title);
        Section section = new Section(heading, body);
        return section;
    }
}
