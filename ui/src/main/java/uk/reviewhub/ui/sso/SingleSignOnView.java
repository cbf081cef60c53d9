package uk.reviewhub.ui.sso;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import uk.reviewhub.api.sso.SsoSettingsRequest;
import uk.reviewhub.api.sso.SsoSettingsView;
import uk.reviewhub.ui.shell.Allowed;
import uk.reviewhub.ui.shell.Capability;
import uk.reviewhub.ui.shell.FormFeedback;
import uk.reviewhub.ui.shell.MainLayout;

import java.util.Arrays;
import java.util.List;

/**
 * The partnership's single sign-on with its Microsoft Entra ID tenant, for its admins: the
 * directory (tenant) and application (client) ids, the client secret (written, never shown: only
 * whether one is stored), the email domains whose people may sign in through it, whether password
 * sign-in stays on, and the redirect URI to register in Entra ID, shown for copying. The backend
 * checks every field and answers each problem by field name, shown at the field.
 */
@Route(value = SingleSignOnView.PATH, layout = MainLayout.class)
@PageTitle("Single sign-on | Review Hub")
@Menu(title = "Single sign-on", order = 5)
@Allowed(Capability.ADMINISTER)
@Prototype
public class SingleSignOnView extends Main {

    public static final String PATH = "sso-settings";
    private static final int MOST_DOMAINS = 20;

    private final SsoSettingsClient client;
    private final TextField tenantId = new TextField("Directory (tenant) ID");
    private final TextField clientId = new TextField("Application (client) ID");
    private final PasswordField clientSecret = new PasswordField("Client secret");
    private final TextArea domains = new TextArea("Allowed email domains");
    private final Checkbox passwordSignIn = new Checkbox("Password sign-in stays on for this partnership");
    private final TextField redirectUri = new TextField("Redirect URI to register in Entra ID");
    private final Paragraph state = new Paragraph();
    private final FormFeedback feedback = new FormFeedback("sso-feedback");
    private SsoSettingsView current;

    SingleSignOnView(SsoSettingsClient client) {
        this.client = client;
        addClassName("rh-view");

        tenantId.setId("entra-tenant-id");
        tenantId.setHelperText("On the app's overview in Entra ID, e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47.");
        tenantId.setRequiredIndicatorVisible(true);
        clientId.setId("client-id");
        clientId.setHelperText("On the same overview, e.g. 0e5b8c1a-3f4d-4c2e-9a7b-1d2e3f4a5b6c.");
        clientId.setRequiredIndicatorVisible(true);
        clientSecret.setId("client-secret");
        clientSecret.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        domains.setId("allowed-domains");
        domains.setHelperText("One per line, the part of an email after the @, e.g. norfolk.gov.uk. People with these "
                + "emails may sign in through the organisation the first time without an invitation (they still need a role).");
        domains.setRequiredIndicatorVisible(true);
        passwordSignIn.setId("password-sign-in");
        redirectUri.setId("redirect-uri");
        redirectUri.setReadOnly(true);
        redirectUri.setHelperText("In Entra ID: App registrations, your app, Authentication, add a Web platform with this URI.");
        Button copy = new Button("Copy the redirect URI", event ->
                redirectUri.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", redirectUri.getValue()));
        copy.setId("copy-redirect-uri");
        state.setId("sso-state");
        for (var field : List.of(tenantId, clientId, redirectUri)) {
            field.setWidthFull();
        }
        clientSecret.setWidthFull();
        domains.setWidthFull();

        feedback.field("entraTenantId", tenantId);
        feedback.field("clientId", clientId);
        feedback.field("clientSecret", clientSecret);
        feedback.field("allowedDomains", domains);
        for (int i = 0; i < MOST_DOMAINS; i++) {
            feedback.field("allowedDomains[" + i + "]", domains);
        }

        Button save = new Button("Save single sign-on", event -> save());
        save.setId("save-sso");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(tenantId, clientId, clientSecret, domains, passwordSignIn, save, feedback);
        form.addClassName("rh-form");
        Div register = new Div(new H2("Register Review Hub in Entra ID"), redirectUri, copy);
        register.addClassName("rh-form");

        add(new H1("Single sign-on"),
                new Paragraph("People of this partnership can sign in with their organisation's Microsoft account "
                        + "(OpenID Connect with your Microsoft Entra ID tenant) instead of a Review Hub password."),
                state, register, new H2("Settings"), form);
        show(client.ssoSettings());
    }

    private void show(SsoSettingsView settings) {
        current = settings;
        tenantId.setValue(settings.entraTenantId() == null ? "" : settings.entraTenantId());
        clientId.setValue(settings.clientId() == null ? "" : settings.clientId());
        clientSecret.clear();
        clientSecret.setHelperText(settings.clientSecretSet()
                ? "A secret is stored (encrypted; it is never shown). Leave this empty to keep it, or enter a new one."
                : "The client secret's value from Entra ID (Certificates & secrets). Stored encrypted; never shown again.");
        domains.setValue(String.join("\n", settings.allowedDomains()));
        passwordSignIn.setValue(settings.passwordSignIn());
        redirectUri.setValue(settings.redirectUri());
        state.setText(settings.configured()
                ? "Single sign-on is set up." + (settings.passwordSignIn() ? " Password sign-in stays on."
                : " Password sign-in is off: people sign in only through the organisation.")
                : "Single sign-on is not set up: everyone signs in with a password.");
    }

    private void save() {
        List<String> listed = Arrays.stream(domains.getValue().split("[\\n,;]+")).map(String::strip).filter(d -> !d.isEmpty()).toList();
        SsoSettingsRequest request = new SsoSettingsRequest(tenantId.getValue(), clientId.getValue(),
                clientSecret.getValue().isEmpty() ? null : clientSecret.getValue(), listed, passwordSignIn.getValue(),
                current.configured() ? current.version() : null);
        SsoSettingsView[] saved = new SsoSettingsView[1];
        if (feedback.attempt(() -> saved[0] = client.saveSsoSettings(request))) {
            show(saved[0]);
            feedback.done("Single sign-on settings saved.");
        }
    }
}
