package uk.reviewhub.ui.identity;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import uk.reviewhub.api.sso.SignInMethodAnswer;
import uk.reviewhub.api.sso.SignInMethodRequest;
import uk.reviewhub.api.vocabulary.SignInMethod;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.backend.BackendProblem;

/**
 * Email first: once it is entered, the backend says how that email signs in. Where its domain's
 * partnership uses single sign-on, "Sign in with your organisation" is offered (and the password
 * form only when that partnership keeps password sign-in on); otherwise email and password. A user
 * who belongs to several partnerships then chooses which one to work in (the backend signs them in
 * to the first by default).
 */
@Route("sign-in")
@PageTitle("Sign in | Review Hub")
@AnonymousAllowed
@Prototype
public class SignInView extends Main {

    private static final String DESTINATION = SignInView.class.getName() + ".destination";

    private final Backend backend;
    private final SsoSignInClient sso;
    private final Div organisationPart = new Div();
    private final Paragraph organisationNote = new Paragraph();
    private final Button organisation = new Button(SignInMethod.ORGANISATION.label());
    private final Div passwordPart = new Div();
    private final H2 passwordHeading = new H2("Or sign in with your password");
    private final Button passwordInstead = new Button("Use your password for another partnership");
    private boolean passwordAsked;
    /** The email the way below was answered for (lower case), or null. */
    private String askedFor;
    private SignInMethodAnswer way;
    private final EmailField email = new EmailField("Email address");
    private final PasswordField password = new PasswordField("Password");
    private final Button signIn = new Button("Sign in");
    private final Paragraph error = new Paragraph();
    private final Select<PartnershipRef> partnership = new Select<>();
    private final Button continueButton = new Button("Continue");
    private final Div partnershipStep = new Div();
    private final Div credentialsStep = new Div();

    SignInView(Backend backend, SsoSignInClient sso) {
        this.backend = backend;
        this.sso = sso;
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
        signIn.addClickListener(event -> signIn());
        // Enter in the email or password field signs in (through the organisation where that is the only way).
        Shortcuts.addShortcutListener(this, this::signIn, Key.ENTER).listenOn(email, passwordPart);
        email.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                lookUpWay();
            }
        });

        organisation.setId("sign-in-organisation");
        organisation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        organisation.addClickListener(event -> signInThroughOrganisation());
        organisationNote.setId("organisation-note");
        organisationNote.getElement().setAttribute("role", "status");
        passwordInstead.setId("sign-in-password-instead");
        passwordInstead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        passwordInstead.addClickListener(event -> {
            passwordAsked = true;
            showWay(way);
            password.focus();
        });
        organisationPart.add(organisationNote, organisation, passwordInstead);
        organisationPart.setVisible(false);
        passwordHeading.setVisible(false);
        passwordPart.add(passwordHeading, password, signIn);

        error.setId("sign-in-error");
        error.addClassName("rh-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        credentialsStep.add(email, organisationPart, passwordPart);
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

    /** Asks the backend how this email signs in, once per email; a failed look-up leaves the password form. */
    private void lookUpWay() {
        String value = email.getValue().strip();
        if (value.isEmpty() || !value.contains("@")) {
            showWay(null);
            return;
        }
        if (value.equalsIgnoreCase(askedFor)) {
            return;
        }
        passwordAsked = false;
        try {
            SignInMethodAnswer answer = sso.signInMethod(new SignInMethodRequest(value));
            askedFor = value;
            showWay(answer);
        } catch (BackendProblem lookUpFailed) {
            // Throttled or unreachable: the password form, as before single sign-on; the backend still refuses
            // a password where the partnership takes none, and says so.
            askedFor = null;
            showWay(null);
        }
    }

    /**
     * Offers what the backend allows. Where the email's partnership signs in only through its
     * organisation, a password still opens the person's other partnerships that keep passwords on
     * (the backend issues a token for one of those only), so the password form is one click away
     * rather than gone; the answer is the domain's, never whether the email is known.
     */
    private void showWay(SignInMethodAnswer answer) {
        way = answer;
        boolean throughOrganisation = answer != null && answer.method() == SignInMethod.ORGANISATION;
        boolean passwordHere = !throughOrganisation || answer.passwordSignIn();
        boolean passwordToo = passwordHere || passwordAsked;
        organisationPart.setVisible(throughOrganisation);
        passwordPart.setVisible(passwordToo);
        passwordInstead.setVisible(throughOrganisation && !passwordToo);
        passwordHeading.setText(passwordHere ? "Or sign in with your password"
                : "Or sign in with your password to another partnership");
        passwordHeading.setVisible(throughOrganisation && passwordToo);
        organisationNote.setText(!throughOrganisation ? ""
                : passwordHere ? "Your organisation signs you in to Review Hub. You can also use your Review Hub password."
                : "Your organisation signs you in to Review Hub: continue to its sign-in page. Its partnership takes no "
                + "password; if you also belong to a partnership that does, you can use your Review Hub password for that one.");
        if (throughOrganisation && !passwordToo) {
            // The password field the user may have been heading for is gone: the way on takes the focus.
            organisation.focus();
        }
    }

    private boolean organisationOnly() {
        return way != null && way.method() == SignInMethod.ORGANISATION && !way.passwordSignIn() && !passwordAsked;
    }

    /** Sends the browser to the organisation's sign-in page; it comes back to the callback view. */
    private void signInThroughOrganisation() {
        clearError();
        if (email.getValue().isBlank()) {
            email.setInvalid(true);
            email.setErrorMessage("Enter your email address");
            email.focus();
            return;
        }
        try {
            String authorizationUrl = sso.startSso(new SignInMethodRequest(email.getValue().strip())).authorizationUrl();
            UI.getCurrent().getPage().setLocation(authorizationUrl);
        } catch (BackendProblem problem) {
            error.setText("Sign-in failed: " + refusal(problem));
            error.setVisible(true);
            organisation.focus();
        }
    }

    private void signIn() {
        clearError();
        if (!email.getValue().isBlank()) {
            lookUpWay();
            if (organisationOnly()) {
                signInThroughOrganisation();
                return;
            }
        }
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
            (email.isInvalid() ? (com.vaadin.flow.component.Focusable<?>) email : password).focus();
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
        enterAfterSignIn();
    }

    /**
     * Goes where the person was heading before they were asked to sign in, or to their start page.
     */
    private static void enterAfterSignIn() {
        Location location = destinationAfterSignIn();
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    /**
     * Where to go after any way of signing in (password here, the organisation's on the callback
     * view): the page the person was heading for before they were asked to sign in (forgotten once
     * answered), or "start", which forwards to their own start page by their roles.
     */
    public static Location destinationAfterSignIn() {
        VaadinSession session = VaadinSession.getCurrent();
        Object destination = session.getAttribute(DESTINATION);
        session.setAttribute(DESTINATION, null);
        return new Location(destination == null || destination.toString().isEmpty() ? "start" : destination.toString());
    }

    private void showError(BackendProblem problem) {
        String message = switch (problem.status()) {
            case 400, 401 -> "The email address or password is not correct. Check them and try again.";
            default -> refusal(problem);
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

    /** The backend's words; after a throttle (429), how long to wait too (its Retry-After, in minutes). */
    private static String refusal(BackendProblem problem) {
        return problem.userMessage() + (problem.isThrottled() ? problem.retryAfter().map(SignInView::waitHint).orElse("") : "");
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
