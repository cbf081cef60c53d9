package uk.reviewhub.ui.mail;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.MainLayout;

/**
 * The platform's outbox, for platform admins: the mail Review Hub sends for no partnership (a
 * registration's confirmation and set-up links, its outcome), newest first, with recipients, subject,
 * time and status in words; each message's text opens under it. With no mail server configured (the
 * development default) the messages are kept here, not sent. A partnership's own mail (notices,
 * invitations) is in that partnership's outbox, so no case data is shown here.
 */
@Route(value = "platform/outbox", layout = MainLayout.class)
@PageTitle("Outbox | Platform | Review Hub")
@Menu(title = "Platform: outbox", order = 55)
@Allowed(Capability.PLATFORM)
@Prototype
public class PlatformOutboxView extends Main implements BeforeEnterObserver {

    private final PlatformMailClient mail;
    private final Div content = new Div();

    PlatformOutboxView(PlatformMailClient mail) {
        this.mail = mail;
        addClassName("rh-view");
        add(new H1("Platform outbox"),
                new Paragraph("Mail sent for no partnership: requests for new partnerships, their confirmation and set-up "
                        + "links, and the outcome. A partnership's own mail, such as invitations and notices, is in its own outbox."),
                content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        try {
            OutboxView.showMessages(content, mail.platformOutbox());
        } catch (BackendProblem problem) {
            Paragraph line = new Paragraph("Problem: " + problem.userMessage());
            line.setId("outbox-message");
            line.getElement().setAttribute("role", "alert");
            line.addClassName("rh-error");
            content.add(line);
        }
    }
}
