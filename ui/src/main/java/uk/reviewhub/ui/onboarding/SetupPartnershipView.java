package uk.reviewhub.ui.onboarding;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.onboarding.LinkToken;
import uk.reviewhub.api.onboarding.SetupOffer;
import uk.reviewhub.api.onboarding.SetupRequest;
import uk.reviewhub.ui.backend.Backend;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.FormFeedback;

/**
 * Where the set-up link lands ({@code /register/setup?token=...}): the requester chooses what the
 * partnership starts from and their password; the partnership is made, they are signed in as its
 * first admin and taken to the set-up checklist.
 */
@Route("register/setup")
@PageTitle("Set up your partnership | Review Hub")
@AnonymousAllowed
@Prototype
public class SetupPartnershipView extends Main implements BeforeEnterObserver {

    private final RegistrationClient registrations;
    private final Backend backend;
    private final RadioButtonGroup<SetupOffer.Option> startingPoint = new RadioButtonGroup<>("What the partnership starts from");
    private final TextField partnershipName = new TextField("Partnership name");
    private final PasswordField password = new PasswordField("Choose your password");
    private final Button setUp = new Button("Set up the partnership");
    private final FormFeedback feedback = new FormFeedback("setup-feedback");
    private final Paragraph intro = new Paragraph();
    private final Div form = new Div();
    private String token = "";

    SetupPartnershipView(RegistrationClient registrations, Backend backend) {
        this.registrations = registrations;
        this.backend = backend;
        addClassNames("rh-view", "rh-sign-in");
        startingPoint.setId("starting-point");
        startingPoint.setItemLabelGenerator(o -> o.label() + ": " + o.description());
        startingPoint.setRequiredIndicatorVisible(true);
        partnershipName.setId("partnership-name");
        partnershipName.setWidthFull();
        partnershipName.setHelperText("Change it only if Review Hub says the name is taken.");
        ContractLimits.limit(partnershipName, SetupRequest.class, "partnershipName");
        password.setId("password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least 12 characters; not a commonly used password.");
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        feedback.field("partnershipName", partnershipName);
        feedback.field("password", password);
        setUp.setId("set-up");
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setUp.addClickListener(event -> setUp());
        form.addClassName("rh-form");
        form.add(startingPoint, partnershipName, password, setUp);
        form.setVisible(false);
        add(new H1("Set up your partnership"), intro, form, feedback);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        var offer = new SetupOffer[1];
        if (feedback.attempt(() -> offer[0] = registrations.setupOffer(new LinkToken(token)))) {
            intro.setText("Hello " + offer[0].requesterName() + ". Choose what " + offer[0].partnershipName()
                    + " starts from and your password. You will be its first administrator, signed in as "
                    + offer[0].email() + ".");
            partnershipName.setValue(offer[0].partnershipName());
            startingPoint.setItems(offer[0].startingPoints());
            startingPoint.setValue(offer[0].startingPoints().getFirst());
            form.setVisible(true);
        }
    }

    private void setUp() {
        SetupOffer.Option chosen = startingPoint.getValue();
        if (chosen == null) {
            feedback.problem("Choose what the partnership starts from.");
            return;
        }
        if (feedback.attempt(() -> backend.signedIn(registrations.setup(new SetupRequest(token, chosen.code(), password.getValue(),
                partnershipName.getValue()))))) {
            UI.getCurrent().navigate(SetupChecklistView.class);
        }
    }
}
