package uk.reviewhub.ui.onboarding;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.onboarding.RegistrationRequest;
import uk.reviewhub.ui.shell.ContractLimits;
import uk.reviewhub.ui.shell.FormFeedback;

import java.util.Arrays;
import java.util.List;

/**
 * The public registration of a new partnership: its name, the local authorities it covers (one a
 * line), the requester's name and work email. The answer is the same whatever is already known; a
 * link to confirm the request is mailed.
 */
@Route("register")
@PageTitle("Register a partnership | Review Hub")
@AnonymousAllowed
@Prototype
public class RegisterView extends Main {

    private final RegistrationClient registrations;
    private final TextField partnershipName = new TextField("Partnership name");
    private final TextArea localAuthorities = new TextArea("Local authorities it covers (one a line)");
    private final TextField requesterName = new TextField("Your name");
    private final EmailField email = new EmailField("Your work email address");
    private final Button send = new Button("Send the request");
    private final FormFeedback feedback = new FormFeedback("register-feedback");
    private final Div form = new Div();

    RegisterView(RegistrationClient registrations) {
        this.registrations = registrations;
        addClassNames("rh-view", "rh-sign-in");
        partnershipName.setId("partnership-name");
        partnershipName.setHelperText("For example: Little Town Safeguarding Children Partnership");
        ContractLimits.limit(partnershipName, RegistrationRequest.class, "partnershipName");
        localAuthorities.setId("local-authorities");
        localAuthorities.setHelperText("For example: Little Town Borough Council");
        requesterName.setId("requester-name");
        ContractLimits.limit(requesterName, RegistrationRequest.class, "requesterName");
        email.setId("email");
        ContractLimits.limit(email, RegistrationRequest.class, "email");
        List.of(partnershipName, localAuthorities, requesterName).forEach(f -> {
            f.setRequiredIndicatorVisible(true);
            f.setWidthFull();
        });
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        feedback.field("partnershipName", partnershipName);
        feedback.field("localAuthorities", localAuthorities);
        feedback.field("requesterName", requesterName);
        feedback.field("email", email);
        send.setId("send-registration");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(event -> send());
        form.addClassName("rh-form");
        form.add(partnershipName, localAuthorities, requesterName, email, send);
        add(new H1("Register a partnership"),
                new Paragraph("Ask for your safeguarding children partnership to use Review Hub. We email you a link to "
                        + "confirm the request; a Review Hub administrator then looks at it and emails you the outcome."),
                form, feedback, new Anchor("sign-in", "Back to sign in"));
    }

    private void send() {
        List<String> authorities = Arrays.stream(localAuthorities.getValue().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        var done = new String[1];
        if (feedback.attempt(() -> done[0] = registrations.register(new RegistrationRequest(partnershipName.getValue(), authorities,
                requesterName.getValue(), email.getValue().strip())).message())) {
            form.setVisible(false);
            feedback.done(done[0]);
        }
    }
}
