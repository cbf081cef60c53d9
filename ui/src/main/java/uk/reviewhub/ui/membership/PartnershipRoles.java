package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import uk.reviewhub.api.partnership.EndRoleRequest;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.partnership.PartnershipRoleView;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.ui.invitation.InvitationsClient;
import uk.reviewhub.ui.invitation.InvitationsPanel;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.Dates;
import uk.reviewhub.ui.shell.FormErrors;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.RoleNames;
import uk.reviewhub.ui.shell.Tables;
import uk.reviewhub.ui.shell.UserRoles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Partnership admins see who holds which partnership role, from and to when, end a person's access,
 * and invite people (with one of the shown group's open seats, which follow the seats' changes).
 */
final class PartnershipRoles extends Div {

    private final MembershipView view;
    private final MembershipClient memberships;
    private final InvitationsClient invitations;
    private final MembershipEditor editor;
    private final Clock clock;
    private ReviewGroupSummary group;

    PartnershipRoles(MembershipView view, MembershipClient memberships, InvitationsClient invitations, MembershipEditor editor,
                     Clock clock) {
        this.view = view;
        this.memberships = memberships;
        this.invitations = invitations;
        this.editor = editor;
        this.clock = clock;
        view.onChange(event -> {
            if (event.what() != MembershipChanged.What.AGENCIES) {
                draw();
            }
        });
    }

    void show(ReviewGroupSummary group) {
        this.group = group;
        draw();
    }

    private void draw() {
        removeAll();
        if (!UserRoles.managesMembership()) {
            return;
        }
        add(new H2("People and their partnership roles"),
                new Paragraph("A person's access to the partnership ends with their last role."));
        NativeTable table = Tables.headed("People with a partnership role", "Person", "Roles", "Dates", "Status", "Actions");
        table.addClassName("rh-roles");
        memberships.roles().forEach(role -> {
            Div actions = new Div(MembershipEditor.action("History", role.displayName(),
                    () -> editor.showHistory("History of " + role.displayName() + "'s roles", () -> memberships.roleHistory(role.id()))));
            if (role.current()) {
                actions.add(MembershipEditor.action("End access", role.displayName(), () -> endRoleForm(role)));
            }
            NativeTableCell actionCell = new NativeTableCell();
            actionCell.add(actions);
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(role.displayName()),
                    new NativeTableCell(String.join(", ", role.roles().stream().map(RoleNames::readable).toList())),
                    new NativeTableCell(roleDates(role)),
                    new NativeTableCell(role.current() ? "Current" : "Former or not started"),
                    actionCell);
            table.getBody().add(row);
        });
        add(table);
        // An invitation may come with one of the shown group's open seats (current, nobody linked).
        List<GroupMemberView> openSeats = group == null ? List.of() : memberships.members(group.id(), true).agencies().stream()
                .flatMap(agency -> agency.members().stream())
                .filter(member -> member.current() && member.userId() == null)
                .toList();
        add(new InvitationsPanel(invitations, group == null ? null : GroupChooser.label(group), openSeats));
    }

    static String roleDates(PartnershipRoleView r) {
        if (r.startDate() == null && r.endDate() == null) {
            return "–";
        }
        return (r.startDate() == null ? "" : "From " + Dates.cell(r.startDate()) + " ")
                + (r.endDate() == null ? "" : "to " + Dates.cell(r.endDate()));
    }

    /** The end-access form's values. */
    static final class EndValues {
        LocalDate lastDay;
        String reason = "";
    }

    private void endRoleForm(PartnershipRoleView role) {
        DatePicker lastDay = Dates.picker("Last day (leave empty to end access now)", EndRoleRequest.class, "lastDay", clock);
        lastDay.setId("end-role-last-day");
        TextArea reason = ContractLimits.limit(new TextArea("Reason"), EndRoleRequest.class, "reason");
        reason.setId("end-role-reason");
        Binder<EndValues> binder = FormFeedback.binder();
        binder.forField(lastDay).bind(v -> v.lastDay, (v, value) -> v.lastDay = value);
        binder.forField(reason).asRequired("Say why their roles end.")
                .withValidator(value -> !value.isBlank(), "Say why their roles end.")
                .bind(v -> v.reason, (v, value) -> v.reason = value);
        binder.readBean(new EndValues());
        FormErrors errors = new FormErrors();
        Button end = new Button("End access");
        end.setId("end-role-save");
        end.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addClickListener(click -> {
            EndValues v = new EndValues();
            if (!errors.check(binder, "Check the fields marked above.") || !binder.writeBeanIfValid(v)) {
                return;
            }
            PartnershipRoleView ended = errors.attemptGet(() -> memberships.endRole(role.id(),
                    new EndRoleRequest(v.lastDay, v.reason.strip(), role.version())));
            if (ended != null) {
                editor.close();
                view.changed(MembershipChanged.What.ROLES, ended.displayName() + (ended.current()
                        ? ": roles end after " + Dates.format(ended.endDate()) + "." : ": access to the partnership has ended."));
            }
        });
        Div form = new Div(new H2("End " + role.displayName() + "'s partnership roles"),
                new Paragraph("They stay in the history. Their sign-ins stop working within a minute."),
                lastDay, reason, errors, new Div(end, editor.cancel()));
        form.addClassName("rh-form");
        editor.open(form);
        reason.focus();
    }
}
