package uk.reviewhub.ui.identity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.sso.SsoFinishRequest;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.BackendProblem;

import java.util.Optional;

/**
 * Where the organisation's sign-in page sends the browser back (the redirect URI a partnership
 * registers with Entra ID): the provider's code and the attempt's state are handed to the backend,
 * which checks them against the partnership's settings; the tokens it answers are kept as a
 * password sign-in's are, and the person goes on to the page they asked for or their start page.
 * A refusal (used or expired attempt, an identity the partnership does not know, the provider's
 * own error) is said in plain words, with the way back to the sign-in page.
 */
@Route(SsoCallbackView.PATH)
@PageTitle("Signing in through your organisation | Review Hub")
@AnonymousAllowed
@Prototype
public class SsoCallbackView extends Main implements BeforeEnterObserver {

    public static final String PATH = "sso/callback";

    private final Backend backend;
    private final SsoSignInClient sso;
    private final Paragraph message = new Paragraph();

    SsoCallbackView(Backend backend, SsoSignInClient sso) {
        this.backend = backend;
        this.sso = sso;
        addClassNames("rh-view", "rh-sign-in");
        message.setId("sso-message");
        message.addClassName("rh-error");
        message.getElement().setAttribute("role", "alert");
        Anchor back = new Anchor("sign-in", "Back to the sign-in page");
        back.setId("back-to-sign-in");
        add(new H1("Signing in through your organisation"), message, new Paragraph(back));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> state = query.getSingleParameter("state").filter(s -> !s.isBlank());
        Optional<String> code = query.getSingleParameter("code").filter(s -> !s.isBlank());
        Optional<String> providerError = query.getSingleParameter("error");
        if (providerError.isPresent()) {
            refused("Your organisation did not sign you in (" + query.getSingleParameter("error_description")
                    .or(() -> providerError).map(SsoCallbackView::shortened).orElse("") + "). Try again from the sign-in page.");
            return;
        }
        if (state.isEmpty() || code.isEmpty()) {
            refused("This page is reached from your organisation's sign-in page, and this visit did not come from there. "
                    + "Start again from the sign-in page.");
            return;
        }
        try {
            backend.signedIn(sso.finishSso(new SsoFinishRequest(state.get(), code.get())));
        } catch (BackendProblem problem) {
            refused(problem.status() == 401
                    ? "Your organisation's answer could not be checked, or it is not from the organisation this partnership "
                    + "signs in with. Start again from the sign-in page; if it happens again, tell the partnership's admin."
                    : problem.userMessage());
            return;
        }
        // On to the person's destination, or their start page (the code and state leave the address bar).
        Location destination = SignInView.destinationAfterSignIn();
        event.forwardTo(destination.getPath(), destination.getQueryParameters());
    }

    private void refused(String text) {
        message.setText("Sign-in failed: " + text);
    }

    private static String shortened(String text) {
        String plain = text.replaceAll("[\\p{Cntrl}]", " ").strip();
        return plain.length() > 200 ? plain.substring(0, 200) + "…" : plain;
    }
}
