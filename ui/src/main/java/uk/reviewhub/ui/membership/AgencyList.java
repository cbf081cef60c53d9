package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import uk.reviewhub.api.partnership.AgencyView;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.RoleNames;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.Clock;

/** The partnership's agencies with their history; partnership admins add and change them. */
final class AgencyList extends Div {

    private final MembershipView view;
    private final MembershipClient memberships;
    private final MembershipEditor editor;
    private final Clock clock;

    AgencyList(MembershipView view, MembershipClient memberships, MembershipEditor editor, Clock clock) {
        this.view = view;
        this.memberships = memberships;
        this.editor = editor;
        this.clock = clock;
        view.onChange(event -> {
            if (event.what() == MembershipChanged.What.AGENCIES) {
                show();
            }
        });
    }

    void show() {
        removeAll();
        add(new H2("Agencies"));
        if (UserRoles.managesMembership()) {
            Button add = new Button("Add an agency", click -> agencyForm(null));
            add.setId("add-agency");
            add(add);
        }
        NativeTable table = Tables.headed("The partnership's agencies", "Agency", "Kind", "Statutory partner", "Compact signed",
                "Managed by", "Actions");
        table.addClassName("rh-agencies");
        memberships.agencies().forEach(agency -> {
            Div actions = new Div(MembershipEditor.action("History", agency.name(), () -> editor.showHistory("History of " + agency.name(),
                    () -> memberships.agencyHistory(agency.id()))));
            if (UserRoles.managesMembership()) {
                actions.add(MembershipEditor.action("Change", agency.name(), () -> agencyForm(agency)));
            }
            NativeTableCell actionCell = new NativeTableCell();
            actionCell.add(actions);
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(agency.name()), new NativeTableCell(RoleNames.readable(agency.kind().name())),
                    new NativeTableCell(agency.statutoryPartner() ? "Yes" : "No"),
                    new NativeTableCell(agency.compactSignedOn() == null ? "Not recorded" : Dates.cell(agency.compactSignedOn())),
                    new NativeTableCell("ADMIN".equals(agency.source()) ? "Partnership admins" : "Partnership pack"),
                    actionCell);
            table.getBody().add(row);
        });
        add(table);
    }

    private void agencyForm(AgencyView existing) {
        boolean adding = existing == null;
        editor.open(new AgencyForm(existing, clock, editor,
                request -> adding ? memberships.addAgency(request) : memberships.changeAgency(existing.id(), request),
                saved -> {
                    editor.close();
                    view.changed(MembershipChanged.What.AGENCIES, saved.name() + (adding ? " added." : ": changes saved."));
                }));
    }
}
