package uk.reviewhub.ui.identity;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.auth.Me;
import uk.reviewhub.api.auth.Me.PartnershipRef;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.BackendProblem;

/**
 * Email and password. A user who belongs to several partnerships then chooses which one to work
 * in (the backend signs them in to the first by default).
 */
@Route("sign-in")
@PageTitle("Sign in | Review Hub")
@AnonymousAllowed
@Prototype
public class SignInView extends Main {

    private static final String DESTINATION = SignInView.class.getName() + ".destination";

    private final Backend backend;
    private final EmailField email = new EmailField("Email address");
    private final PasswordField password = new PasswordField("Password");
    private final Button signIn = new Button("Sign in");
    private final Paragraph error = new Paragraph();
    private final Select<PartnershipRef> partnership = new Select<>();
    private final Button continueButton = new Button("Continue");
    private final Div partnershipStep = new Div();
    private final Div credentialsStep = new Div();

    SignInView(Backend backend) {
        this.backend = backend;
        addClassNames("rh-view", "rh-sign-in");

        H1 heading = new H1("Sign in to Review Hub");
        Paragraph intro = new Paragraph("Case review work for safeguarding children partnerships.");

        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setAutofocus(true);
        email.setWidthFull();
        password.setId("password");
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();

        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(event -> signIn());

        error.setId("sign-in-error");
        error.addClassName("rh-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        credentialsStep.add(email, password, signIn);
        credentialsStep.addClassName("rh-form");

        partnership.setLabel("Partnership to work in");
        partnership.setId("partnership");
        partnership.setItemLabelGenerator(PartnershipRef::name);
        partnership.setWidthFull();
        continueButton.setId("continue");
        continueButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        continueButton.addClickListener(event -> choosePartnership());
        partnershipStep.add(new Paragraph("You belong to more than one partnership. Choose the one to work in now."),
                partnership, continueButton);
        partnershipStep.addClassName("rh-form");
        partnershipStep.setVisible(false);

        Paragraph register = new Paragraph("New to Review Hub? ");
        register.add(new com.vaadin.flow.component.html.Anchor("register", "Register your partnership"));
        add(heading, intro, error, credentialsStep, partnershipStep, register);
    }

    /** Where to go after signing in, if the user was sent here from another page. */
    public static void rememberDestination(String location) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && location != null && !location.startsWith("sign-in")) {
            session.setAttribute(DESTINATION, location);
        }
    }

    private void signIn() {
        clearError();
        boolean complete = true;
        if (email.getValue().isBlank()) {
            email.setInvalid(true);
            email.setErrorMessage("Enter your email address");
            complete = false;
        }
        if (password.getValue().isEmpty()) {
            password.setInvalid(true);
            password.setErrorMessage("Enter your password");
            complete = false;
        }
        if (!complete) {
            return;
        }
        try {
            Me me = backend.signIn(email.getValue().trim(), password.getValue(), null);
            if (me.partnerships().size() > 1) {
                offerPartnerships(me);
            } else {
                enter();
            }
        } catch (BackendProblem problem) {
            showError(problem);
        }
    }

    private void offerPartnerships(Me me) {
        partnership.setItems(me.partnerships());
        partnership.setValue(me.partnership() == null ? me.partnerships().getFirst() : me.partnerships().stream()
                .filter(ref -> ref.id().equals(me.partnership().id())).findFirst().orElse(me.partnerships().getFirst()));
        credentialsStep.setVisible(false);
        partnershipStep.setVisible(true);
        partnership.focus();
    }

    private void choosePartnership() {
        clearError();
        PartnershipRef chosen = partnership.getValue();
        try {
            if (chosen != null) {
                backend.signIn(email.getValue().trim(), password.getValue(), chosen.slug());
            }
            enter();
        } catch (BackendProblem problem) {
            showError(problem);
        }
    }

    private void enter() {
        password.clear();
        VaadinSession session = VaadinSession.getCurrent();
        Object destination = session.getAttribute(DESTINATION);
        session.setAttribute(DESTINATION, null);
        // No page asked for: "start" forwards to the person's own start page by their roles.
        Location location = new Location(destination == null || destination.toString().isEmpty() ? "start" : destination.toString());
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private void showError(BackendProblem problem) {
        String message = switch (problem.status()) {
            case 400, 401 -> "The email address or password is not correct. Check them and try again.";
            default -> problem.userMessage() + problem.retryAfter().map(SignInView::waitHint).orElse("");
        };
        error.setText("Sign-in failed: " + message);
        error.setVisible(true);
        partnershipStep.setVisible(false);
        credentialsStep.setVisible(true);
        password.clear();
        if (problem.status() == 400 || problem.status() == 401) {
            password.focus();
        }
    }

    private static String waitHint(java.time.Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return " You can try again in about " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }

    private void clearError() {
        error.setVisible(false);
        error.setText("");
        email.setInvalid(false);
        password.setInvalid(false);
    }
}
