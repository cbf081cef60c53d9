package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.GroupMembershipView.AgencyMembers;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.MainLayout;
import uk.reviewhub.ui.shell.RoleNames;

import java.util.Optional;

/** A review group's members, by agency in the partnership's order, with their roles in the group. */
@Route(value = "membership", layout = MainLayout.class)
@PageTitle("Membership | Review Hub")
@Menu(title = "Membership", order = 2)
@Prototype
public class MembershipView extends Main implements BeforeEnterObserver {

    private final PartnershipClient partnerships;
    private final MembershipClient memberships;
    private final GroupChooser chooser;
    private final Div content = new Div();

    MembershipView(PartnershipClient partnerships, MembershipClient memberships) {
        this.partnerships = partnerships;
        this.memberships = memberships;
        this.chooser = new GroupChooser(group -> UI.getCurrent().navigate(MembershipView.class, GroupChooser.queryFor(group)));
        addClassName("rh-view");
        add(new H1("Membership"), chooser, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        Optional<ReviewGroupSummary> group = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters());
        if (group.isEmpty()) {
            content.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        show(memberships.members(group.get().id()));
    }

    private void show(GroupMembershipView membership) {
        content.add(new H2(GroupChooser.label(membership.group())));
        long seats = membership.agencies().stream().mapToLong(agency -> agency.members().size()).sum();
        if (seats == 0) {
            content.add(new Paragraph("No members are recorded for this group."));
            return;
        }
        content.add(new Paragraph(seats + (seats == 1 ? " member from " : " members from ")
                + membership.agencies().stream().filter(agency -> !agency.members().isEmpty()).count() + " agencies."));
        membership.agencies().stream()
                .filter(agency -> !agency.members().isEmpty())
                .forEach(agency -> content.add(agencySection(agency)));
    }

    private static Section agencySection(AgencyMembers agencyMembers) {
        String agencyName = agencyMembers.agency().name();
        H3 heading = new H3(agencyMembers.agency().statutoryPartner() ? agencyName + " (statutory partner)" : agencyName);

        NativeTable table = new NativeTable();
        table.addClassName("rh-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText("Members from " + agencyName);
        caption.addClassName("rh-visually-hidden");
        table.add(caption);
        NativeTableRow headerRow = new NativeTableRow();
        headerRow.add(header("Post"), header("Role in the group"), header("Membership"), header("Since"));
        table.getHead().add(headerRow);
        NativeTableBody body = table.getBody();
        agencyMembers.members().forEach(member -> body.add(row(member)));

        Section section = new Section(heading, table);
        section.addClassName("rh-agency");
        return section;
    }

    private static NativeTableRow row(GroupMemberView member) {
        NativeTableRow row = new NativeTableRow();
        row.add(new NativeTableCell(member.positionTitle()),
                new NativeTableCell(RoleNames.readable(member.groupRole())),
                new NativeTableCell(RoleNames.readable(member.membershipKind())),
                new NativeTableCell(member.startDate() == null ? "" : Dates.format(member.startDate())));
        return row;
    }

    private static NativeTableHeaderCell header(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
