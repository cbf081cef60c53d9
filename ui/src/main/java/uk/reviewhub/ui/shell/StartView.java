package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/**
 * The signed-in person's start page: forwards to where their roles begin ({@link Capability#landingPath()}).
 * Sign-in goes here by its path, so the identity views need not know the roles.
 */
@Route(StartView.PATH)
@Allowed(Capability.SIGNED_IN)
public class StartView extends Div implements BeforeEnterObserver {

    public static final String PATH = "start";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(Capability.landingPath());
    }
}
