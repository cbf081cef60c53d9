package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.Me.PartnershipRef;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.backend.SessionCredentials;

/**
 * A person in several partnerships chooses which one to work in. The tokens carry one partnership
 * at a time, so switching signs in to the other one afresh (the backend ends the old session) and
 * starts again on that partnership's start page, menus and all.
 */
@Route(value = SwitchPartnershipView.PATH, layout = MainLayout.class)
@PageTitle("Switch partnership | Review Hub")
@Allowed(Capability.SIGNED_IN)
@Prototype
public class SwitchPartnershipView extends Main {

    public static final String PATH = "switch-partnership";

    private final Backend backend;
    private final Paragraph message = new Paragraph();

    SwitchPartnershipView(Backend backend) {
        this.backend = backend;
        addClassNames("rh-view", "rh-switch-partnership-view");
        message.setId("switch-message");
        message.addClassName("rh-error");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);

        Me me = SessionCredentials.currentUser();
        UnorderedList list = new UnorderedList();
        list.setId("partnerships");
        for (PartnershipRef partnership : me.partnerships()) {
            boolean current = me.partnership() != null && me.partnership().id().equals(partnership.id());
            ListItem item = new ListItem();
            if (current) {
                item.add(new Span(partnership.name() + " (you are working in it now)"));
            } else {
                Button choose = new Button("Work in " + partnership.name(), event -> switchTo(partnership));
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                item.add(choose);
            }
            list.add(item);
        }
        add(new H1("Switch partnership"),
                new Paragraph(me.partnerships().size() > 1
                        ? "You hold roles in more than one partnership. You work in one at a time: choose the one to work in now."
                        : "You hold a role in one partnership only."),
                message, list);
    }

    private void switchTo(PartnershipRef partnership) {
        try {
            backend.switchPartnership(partnership.id());
            // A fresh page: the menu and every capability follow the roles in the new partnership.
            UI.getCurrent().getPage().setLocation(StartView.PATH);
        } catch (BackendProblem problem) {
            message.setText("Could not switch to " + partnership.name() + ": " + problem.userMessage());
            message.setVisible(true);
            // The reason (e.g. a partnership that signs in only through its organisation) is read out and takes the focus.
            message.getElement().setAttribute("tabindex", "-1");
            message.getElement().callJsFunction("focus");
        }
    }
}
