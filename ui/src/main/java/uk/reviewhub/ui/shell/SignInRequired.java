package uk.reviewhub.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import uk.reviewhub.ui.backend.NotSignedInException;
import uk.reviewhub.ui.identity.SignInView;

/** A view that finds the sign-in gone (expired and not renewable) sends the user to sign in again. */
public class SignInRequired extends Div implements HasErrorParameter<NotSignedInException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotSignedInException> parameter) {
        SignInView.rememberDestination(event.getLocation().getPathWithQueryParameters());
        event.forwardTo(SignInView.class);
        return HttpServletResponse.SC_UNAUTHORIZED;
    }
}
