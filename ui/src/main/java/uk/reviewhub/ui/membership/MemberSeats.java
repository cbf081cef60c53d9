package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.GroupMembershipView;
import uk.reviewhub.api.partnership.GroupMembershipView.AgencyMembers;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.api.partnership.StandingDeputy;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.RoleNames;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.Clock;

/**
 * A review group's seats, by agency in the partnership's order, with their roles, kind, dates and
 * standing deputies; current members, or all with former members. Partnership admins add, change
 * and end seats here (the form opens in the editor above the lists).
 */
final class MemberSeats extends Div {

    static final String SHOW_CURRENT = "Current members";
    static final String SHOW_ALL = "All, with former members";

    private final MembershipView view;
    private final MembershipClient memberships;
    private final MembershipEditor editor;
    private final Clock clock;
    private final Select<String> show;
    private ReviewGroupSummary group;

    MemberSeats(MembershipView view, MembershipClient memberships, MembershipEditor editor, Select<String> show, Clock clock) {
        this.view = view;
        this.memberships = memberships;
        this.editor = editor;
        this.show = show;
        this.clock = clock;
        show.addValueChangeListener(event -> draw());
        // An agency's name or statutory status shows in the seats' headings.
        view.onChange(event -> {
            if (event.what() != MembershipChanged.What.ROLES) {
                draw();
            }
        });
    }

    void show(ReviewGroupSummary group) {
        this.group = group;
        draw();
    }

    private void draw() {
        if (group == null) {
            return;
        }
        removeAll();
        boolean currentOnly = !SHOW_ALL.equals(show.getValue());
        GroupMembershipView membership = memberships.members(group.id(), currentOnly);
        add(new H2(GroupChooser.label(membership.group())));
        Div buttons = new Div();
        if (UserRoles.managesMembership()) {
            Button add = new Button("Add a member", click -> memberForm(null));
            add.setId("add-member");
            buttons.add(add);
        }
        Button allHistory = new Button("History of the group's membership", click -> editor.showHistory(
                "History of the membership of " + GroupChooser.label(membership.group()),
                () -> memberships.groupHistory(group.id()), true));
        allHistory.setId("group-history");
        buttons.add(allHistory);
        add(buttons);
        long seats = membership.agencies().stream().mapToLong(agency -> agency.members().size()).sum();
        if (seats == 0) {
            add(new Paragraph(currentOnly ? "No current members are recorded for this group."
                    : "No members are recorded for this group."));
            return;
        }
        add(new Paragraph(seats + (currentOnly ? " current" : "") + (seats == 1 ? " member from " : " members from ")
                + membership.agencies().stream().filter(agency -> !agency.members().isEmpty()).count() + " agencies"
                + (currentOnly ? "." : ", former members included.")));
        membership.agencies().stream()
                .filter(agency -> !agency.members().isEmpty())
                .forEach(agency -> add(agencyMembers(agency)));
    }

    private Section agencyMembers(AgencyMembers agencyMembers) {
        String agencyName = agencyMembers.agency().name();
        H3 heading = new H3(agencyMembers.agency().statutoryPartner() ? agencyName + " (statutory partner)" : agencyName);
        NativeTable table = Tables.headed("Members from " + agencyName, "Post", "Role in the group", "Membership", "Dates", "Status",
                "Standing deputy", "Actions");
        agencyMembers.members().forEach(member -> table.getBody().add(memberRow(member)));
        Section section = new Section(heading, table);
        section.addClassName("rh-agency");
        return section;
    }

    private NativeTableRow memberRow(GroupMemberView member) {
        Div actions = new Div();
        actions.add(MembershipEditor.action("History", member.positionTitle(), () -> editor.showHistory("History of " + member.positionTitle(),
                () -> memberships.history(group.id(), member.id()))));
        if (UserRoles.managesMembership()) {
            actions.add(MembershipEditor.action("Change", member.positionTitle(), () -> memberForm(member)));
            if (member.endDate() == null || !member.endDate().isBefore(Dates.today(clock))) {
                actions.add(MembershipEditor.action("End", member.positionTitle(), () -> endForm(member)));
            }
        }
        NativeTableRow row = new NativeTableRow();
        row.add(new NativeTableCell(member.positionTitle()),
                new NativeTableCell(RoleNames.readable(member.groupRole().name())),
                new NativeTableCell(MembershipEditor.KINDS.getOrDefault(member.membershipKind().name(),
                        RoleNames.readable(member.membershipKind().name()))),
                new NativeTableCell(dates(member)),
                new NativeTableCell(status(member)),
                new NativeTableCell(deputy(member.deputy())),
                cell(actions));
        return row;
    }

    static String dates(GroupMemberView m) {
        if (m.startDate() == null && m.endDate() == null) {
            return "–";
        }
        if (m.endDate() == null) {
            return "From " + Dates.cell(m.startDate());
        }
        return (m.startDate() == null ? "" : "From " + Dates.cell(m.startDate()) + " ") + "to " + Dates.cell(m.endDate());
    }

    String status(GroupMemberView m) {
        if (m.current()) {
            return m.endDate() == null ? "Current" : "Current, ending " + Dates.cell(m.endDate());
        }
        if (m.startDate() != null && m.startDate().isAfter(Dates.today(clock))) {
            return "Starts " + Dates.cell(m.startDate());
        }
        return "Former member" + (m.endReason() == null ? "" : ": " + m.endReason());
    }

    static String deputy(StandingDeputy d) {
        if (d == null) {
            return "None";
        }
        String text = d.label() + (d.delegatedAuthority() ? ", with delegated authority" : ", without delegated authority");
        if (d.from() != null || d.to() != null) {
            text += " (" + (d.from() == null ? "" : "from " + Dates.cell(d.from())) + (d.from() != null && d.to() != null ? " " : "")
                    + (d.to() == null ? "" : "until " + Dates.cell(d.to())) + ")";
        }
        return text;
    }

    private void memberForm(GroupMemberView existing) {
        boolean adding = existing == null;
        editor.open(new MemberForm(existing, memberships.agencies(), memberships.people(), clock, editor,
                request -> adding ? memberships.add(group.id(), request) : memberships.change(group.id(), existing.id(), request),
                saved -> {
                    editor.close();
                    view.changed(MembershipChanged.What.MEMBERS,
                            adding ? saved.positionTitle() + " added." : saved.positionTitle() + ": changes saved.");
                }));
    }

    private void endForm(GroupMemberView member) {
        editor.open(new EndMemberForm(member, clock, editor, request -> memberships.end(group.id(), member.id(), request),
                ended -> {
                    editor.close();
                    view.changed(MembershipChanged.What.MEMBERS, ended.positionTitle() + ": membership ends on "
                            + Dates.format(ended.endDate()) + ". It stays in the list of all members as a former member.");
                }));
    }

    private static NativeTableCell cell(Component content) {
        NativeTableCell cell = new NativeTableCell();
        cell.add(content);
        return cell;
    }
}
