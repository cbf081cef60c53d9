package uk.reviewhub.ui.invitation;

import uk.reviewhub.ui.shell.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import uk.reviewhub.api.invitation.InvitationRequest;
import uk.reviewhub.api.invitation.InvitationView;
import uk.reviewhub.api.partnership.GroupMemberView;
import uk.reviewhub.api.vocabulary.InvitationStatus;
import uk.reviewhub.api.vocabulary.PartnershipRole;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.Tables;

import java.util.ArrayList;
import java.util.List;

/**
 * For partnership admins, on the membership page: invite a person by email with a partnership role
 * (and optionally an open seat of the review group shown, which they take on accepting), and the
 * invitations so far with where each stands, to send again (a new link) or revoke.
 */
public class InvitationsPanel extends Div {


    private final InvitationsClient invitations;
    private final EmailField email = new EmailField("Email address");
    private final TextField name = new TextField("Name");
    private final Select<PartnershipRole> role = new Select<>();
    private final Select<GroupMemberView> seat = new Select<>();
    private final FormFeedback feedback = new FormFeedback("invitation-feedback");
    private final Div list = new Div();

    public InvitationsPanel(InvitationsClient invitations) {
        this(invitations, null, List.of());
    }

    /**
     * @param groupLabel the review group whose seats are offered (null: none)
     * @param openSeats  its current seats with nobody linked, one of which the invited person may take
     */
    public InvitationsPanel(InvitationsClient invitations, String groupLabel, List<GroupMemberView> openSeats) {
        this.invitations = invitations;
        setId("invitations");
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        name.setId("invite-name");
        name.setRequiredIndicatorVisible(true);
        role.setId("invite-role");
        role.setLabel("Partnership role");
        role.setItems(PartnershipRole.values());
        role.setItemLabelGenerator(PartnershipRole::label);
        role.setValue(PartnershipRole.MEMBER);
        feedback.field("email", email);
        feedback.field("displayName", name);
        feedback.field("role", role);
        seat.setId("invite-seat");
        seat.setLabel("Seat in " + (groupLabel == null ? "the review group" : groupLabel) + " (optional)");
        seat.setHelperText("A seat with nobody linked to it yet: the person takes it on accepting.");
        seat.setItems(openSeats);
        seat.setEmptySelectionAllowed(true);
        seat.setEmptySelectionCaption("No seat");
        seat.setItemLabelGenerator(s -> s == null ? "No seat" : s.positionTitle() + " (" + s.agency().name() + ")");
        seat.setVisible(!openSeats.isEmpty());
        feedback.field("groupMemberId", seat);
        Button invite = new Button("Send invitation", event -> invite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.setId("send-invitation");
        Div form = new Div(email, name, role, seat, invite);
        form.addClassName("rh-form");
        add(new H2("Invitations"),
                new Paragraph("Invite a person by email. The link in the email works once and for 7 days; "
                        + "sending it again makes a new link and the old one stops working."),
                feedback, form, list);
        refresh();
    }

    private void invite() {
        String address = email.getValue().trim();
        if (address.isEmpty()) {
            feedback.invalid(email, "Enter the person's email address");
            return;
        }
        if (name.getValue().isBlank()) {
            feedback.invalid(name, "Enter the person's name");
            return;
        }
        GroupMemberView chosenSeat = seat.getValue();
        if (feedback.attempt(() -> invitations.invite(new InvitationRequest(address, name.getValue(), role.getValue(),
                chosenSeat == null ? null : chosenSeat.id())))) {
            feedback.done("Invitation sent to " + address + ".");
            email.clear();
            name.clear();
            seat.clear();
            refresh();
        }
    }

    private void refresh() {
        list.removeAll();
        List<InvitationView> all = invitations.invitations();
        if (all.isEmpty()) {
            list.add(new Paragraph("No invitations have been sent yet."));
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        for (InvitationView i : all) {
            Div actions = new Div();
            if (i.status() == InvitationStatus.PENDING || i.status() == InvitationStatus.EXPIRED) {
                actions.add(action("Send again", i, () -> invitations.resend(i.id()), "A new link was sent to " + i.email() + "."));
                actions.add(action("Revoke", i, () -> invitations.revoke(i.id()), "The invitation to " + i.email() + " was revoked."));
            }
            rows.add(List.of(i.displayName() + " (" + i.email() + ")", i.role().label(), i.status().label(),
                    Dates.DAY.format(i.sentAt()), i.status() == InvitationStatus.PENDING ? Dates.DAY.format(i.expiresAt()) : "",
                    actions));
        }
        list.add(Tables.of("Invitations", false, List.of("Person", "Role", "Status", "Sent", "Link expires", "Actions"), rows));
    }

    private Button action(String text, InvitationView invitation, Runnable change, String done) {
        Button button = new Button(text, event -> {
            if (feedback.attempt(change)) {
                feedback.done(done);
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(text + ": invitation to " + invitation.displayName());
        return button;
    }
}
