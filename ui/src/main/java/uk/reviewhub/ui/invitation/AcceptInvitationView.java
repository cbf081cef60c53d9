package uk.reviewhub.ui.invitation;

import uk.reviewhub.ui.shell.Dates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.invitation.AcceptInvitationRequest;
import uk.reviewhub.api.invitation.InvitationAccepted;
import uk.reviewhub.api.invitation.InvitationLinkRequest;
import uk.reviewhub.api.invitation.InvitationPreview;
import uk.reviewhub.api.sso.SignInMethodAnswer;
import uk.reviewhub.api.sso.SignInMethodRequest;
import uk.reviewhub.api.vocabulary.SignInMethod;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.identity.SsoSignInClient;
import uk.reviewhub.ui.backend.BackendProblem;
import uk.reviewhub.ui.shell.FormFeedback;


/**
 * The page an invitation email links to ({@code invitation?token=...}), for someone not signed in.
 * It says what the invitation offers; a new person chooses a password and is signed in to the
 * partnership; a person who already has an account accepts and then signs in as usual. The token
 * is taken out of the address bar once read. Where the invited email's partnership uses single
 * sign-on, signing in with the organisation accepts the invitation (the backend does so on the way
 * in), and the password form is offered only where that partnership keeps password sign-in on.
 */
@Route(AcceptInvitationView.PATH)
@PageTitle("Invitation | Review Hub")
@AnonymousAllowed
@Prototype
public class AcceptInvitationView extends Main implements BeforeEnterObserver {

    public static final String PATH = "invitation";

    private final InvitationLinkClient links;
    private final Backend backend;
    private final SsoSignInClient sso;
    private final Div body = new Div();
    private final FormFeedback feedback = new FormFeedback("invitation-message");
    private String token;

    AcceptInvitationView(InvitationLinkClient links, Backend backend, SsoSignInClient sso) {
        this.links = links;
        this.backend = backend;
        this.sso = sso;
        addClassNames("rh-view", "rh-sign-in");
        add(new H1("Your invitation to Review Hub"), feedback, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("").trim();
        UI.getCurrent().getPage().getHistory().replaceState(null, PATH);
        body.removeAll();
        if (token.isEmpty()) {
            body.add(new Paragraph("This page needs the link from your invitation email. Open the link in the email again."));
            return;
        }
        try {
            show(links.preview(new InvitationLinkRequest(token)));
        } catch (BackendProblem problem) {
            feedback.problem(problem.userMessage());
            body.add(new Paragraph(new Anchor("sign-in", "Go to sign in")));
        }
    }

    private void show(InvitationPreview offer) {
        body.add(new Paragraph(offer.partnershipName() + " invites " + offer.displayName() + " (" + offer.email() + ") to work on Review Hub as "
                + offer.role().label() + ". The link works until " + Dates.DAY.format(offer.expiresAt()) + "."));
        if (offer.seat() != null) {
            Paragraph seat = new Paragraph("Accepting gives you the review group seat of " + offer.seat() + ".");
            seat.setId("invitation-seat");
            body.add(seat);
        }
        SignInMethodAnswer way = wayFor(offer.email());
        if (way.method() == SignInMethod.ORGANISATION) {
            Button organisation = new Button("Sign in with your organisation", event -> signInThroughOrganisation(offer.email()));
            organisation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            organisation.setId("invitation-sign-in-organisation");
            body.add(new Paragraph(offer.partnershipName() + " signs its people in through their organisation: signing in with "
                    + "yours as " + offer.email() + " accepts this invitation."), organisation);
            if (!way.passwordSignIn()) {
                return;
            }
            body.add(new H2("Or use a Review Hub password"));
        }
        if (offer.accountExists()) {
            body.add(new Paragraph("You already have an account with this email address. Accept, then sign in with your usual password."));
            Button accept = new Button("Accept the invitation", event -> acceptExisting());
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.setId("accept-invitation");
            body.add(accept);
            return;
        }
        TextField name = new TextField("Your name");
        name.setId("invitation-name");
        name.setValue(offer.displayName());
        name.setAutocomplete(Autocomplete.NAME);
        PasswordField password = new PasswordField("Choose a password");
        password.setId("invitation-password");
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least 12 characters. A few unrelated words are easy to remember and hard to guess.");
        feedback.field("displayName", name);
        feedback.field("password", password);
        Button accept = new Button("Accept and create my account", event -> {
            if (password.getValue().isEmpty()) {
                feedback.invalid(password, "Choose a password");
                return;
            }
            InvitationAccepted[] accepted = new InvitationAccepted[1];
            if (feedback.attempt(() -> accepted[0] = links.accept(new AcceptInvitationRequest(token, name.getValue(), password.getValue())))) {
                password.clear();
                if (accepted[0].session() != null) {
                    backend.signedIn(accepted[0].session());
                    UI.getCurrent().navigate("start");
                } else {
                    signInNext(accepted[0]);
                }
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-invitation");
        Div form = new Div(name, password, accept);
        form.addClassName("rh-form");
        body.add(form);
    }

    /** How the invited email signs in; a failed look-up leaves the password way, as before single sign-on. */
    private SignInMethodAnswer wayFor(String email) {
        try {
            return sso.signInMethod(new SignInMethodRequest(email));
        } catch (BackendProblem lookUpFailed) {
            return new SignInMethodAnswer(SignInMethod.PASSWORD, true);
        }
    }

    private void signInThroughOrganisation(String email) {
        try {
            UI.getCurrent().getPage().setLocation(sso.startSso(new SignInMethodRequest(email)).authorizationUrl());
        } catch (BackendProblem problem) {
            feedback.problem(problem.userMessage());
        }
    }

    private void acceptExisting() {
        InvitationAccepted[] accepted = new InvitationAccepted[1];
        if (feedback.attempt(() -> accepted[0] = links.accept(new AcceptInvitationRequest(token, null, null)))) {
            signInNext(accepted[0]);
        }
    }

    private void signInNext(InvitationAccepted accepted) {
        body.removeAll();
        feedback.done("Invitation accepted: you now have a role in " + accepted.partnershipName() + ".");
        body.add(new Paragraph("Sign in with your email address and usual password, and choose " + accepted.partnershipName()
                + " if you are asked which partnership to work in."), new Paragraph(new Anchor("sign-in", "Go to sign in")));
    }
}
