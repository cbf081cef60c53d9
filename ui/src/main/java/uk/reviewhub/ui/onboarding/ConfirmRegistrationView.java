package uk.reviewhub.ui.onboarding;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.onboarding.LinkToken;
import uk.reviewhub.ui.shell.FormFeedback;

/** Where the confirmation link lands ({@code /register/confirm?token=...}): confirms the request's email once. */
@Route("register/confirm")
@PageTitle("Confirm your request | Review Hub")
@AnonymousAllowed
@Prototype
public class ConfirmRegistrationView extends Main implements BeforeEnterObserver {

    private final RegistrationClient registrations;
    private final FormFeedback feedback = new FormFeedback("confirm-feedback");

    ConfirmRegistrationView(RegistrationClient registrations) {
        this.registrations = registrations;
        addClassNames("rh-view", "rh-sign-in");
        add(new H1("Confirm your request"), feedback, new Anchor("sign-in", "Go to sign in"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        var answer = new String[1];
        if (feedback.attempt(() -> answer[0] = registrations.verify(new LinkToken(token)).message())) {
            feedback.say(answer[0]);
        }
    }
}
