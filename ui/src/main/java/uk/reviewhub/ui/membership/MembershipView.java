package uk.reviewhub.ui.membership;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.partnership.ReviewGroupSummary;
import uk.reviewhub.ui.invitation.InvitationsClient;
import uk.reviewhub.ui.partnership.GroupChooser;
import uk.reviewhub.ui.partnership.PartnershipClient;
import uk.reviewhub.ui.shell.MainLayout;

import java.time.Clock;
import java.util.Optional;

/**
 * A review group's members, by agency in the partnership's order, with their roles, kind of
 * membership, dates and standing deputies; current members, or all with former members. Everyone
 * reads the members, the agencies and their history; partnership admins also add, change and end
 * members and add and change agencies (one form at a time, above the lists). The backend decides:
 * its refusals (problem+json) are shown in the form in its own words. One section each: the seats
 * ({@link MemberSeats}), the agencies ({@link AgencyList}), the partnership roles
 * ({@link PartnershipRoles}); a save is told to the others through {@link MembershipChanged}.
 */
@Route(value = "membership", layout = MainLayout.class)
@PageTitle("Membership | Review Hub")
@Menu(title = "Membership", order = 2)
@Prototype
public class MembershipView extends Main implements BeforeEnterObserver {

    static final String SHOW_CURRENT = MemberSeats.SHOW_CURRENT;
    static final String SHOW_ALL = MemberSeats.SHOW_ALL;

    private final PartnershipClient partnerships;
    private final GroupChooser chooser;
    private final Select<String> show = new Select<>();
    private final Paragraph message = new Paragraph();
    private final MembershipEditor editor = new MembershipEditor();
    private final MemberSeats seats;
    private final AgencyList agencies;
    private final PartnershipRoles roles;

    MembershipView(PartnershipClient partnerships, MembershipClient memberships, Clock clock, InvitationsClient invitations) {
        this.partnerships = partnerships;
        this.chooser = new GroupChooser(chosen -> UI.getCurrent().navigate(MembershipView.class, GroupChooser.queryFor(chosen)));
        addClassName("rh-view");
        show.setLabel("Show");
        show.setId("membership-show");
        show.setItems(SHOW_CURRENT, SHOW_ALL);
        show.setValue(SHOW_CURRENT);
        message.setId("membership-message");
        message.getElement().setAttribute("role", "status");
        message.setVisible(false);
        seats = new MemberSeats(this, memberships, editor, show, clock);
        agencies = new AgencyList(this, memberships, editor, clock);
        roles = new PartnershipRoles(this, memberships, invitations, editor, clock);
        // The news of every save, in the announced status line above the (closed) form.
        onChange(event -> {
            message.setText(event.news());
            message.setVisible(true);
        });
        add(new H1("Membership"), chooser, show, message, editor, seats, agencies, roles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        seats.removeAll();
        editor.close();
        Optional<ReviewGroupSummary> chosen = chooser.show(partnerships.groups(), event.getLocation().getQueryParameters());
        if (chosen.isEmpty()) {
            show.setVisible(false);
            seats.add(new Paragraph("This partnership has no review groups yet."));
            return;
        }
        seats.show(chosen.get());
        agencies.show();
        roles.show(chosen.get());
    }

    /** Tells the sections, and the status line, what a form changed. */
    void changed(MembershipChanged.What what, String news) {
        fireEvent(new MembershipChanged(this, what, news));
    }

    Registration onChange(ComponentEventListener<MembershipChanged> listener) {
        return addListener(MembershipChanged.class, listener);
    }
}
