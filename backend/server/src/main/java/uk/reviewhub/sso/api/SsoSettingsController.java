package uk.reviewhub.sso.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.sso.SsoSettingsApi;
import uk.reviewhub.api.sso.SsoSettingsRequest;
import uk.reviewhub.api.sso.SsoSettingsView;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;
import uk.reviewhub.sso.domain.SsoSettingsService;
import uk.reviewhub.sso.domain.StoredSsoSettings;

import java.util.List;
import java.util.UUID;

/** The partnership's single sign-on settings, for its admins. The client secret is never answered. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNERSHIP_ADMIN)
@Tag(name = "Single sign-on")
class SsoSettingsController implements SsoSettingsApi {

    private final SsoSettingsService settings;
    private final SecurityService security;

    SsoSettingsController(SsoSettingsService settings, SecurityService security) {
        this.settings = settings;
        this.security = security;
    }

    @Override
    @Operation(summary = "The partnership's single sign-on settings (Microsoft Entra ID), never the client secret")
    public SsoSettingsView ssoSettings() {
        return settings.settings().map(this::view).orElseGet(() ->
                new SsoSettingsView(false, null, null, false, List.of(), true, null, 0, settings.redirectUri()));
    }

    @Override
    @Operation(summary = "Set up or change single sign-on: Entra tenant and client ids, client secret (stored encrypted), "
            + "allowed email domains, whether password sign-in stays on")
    public SsoSettingsView saveSsoSettings(@Body @Valid SsoSettingsRequest request) {
        return view(settings.save(new SsoSettingsService.Change(request.entraTenantId(), request.clientId(), request.clientSecret(),
                request.allowedDomains(), request.passwordSignIn(), request.version()), adminId()));
    }

    private SsoSettingsView view(StoredSsoSettings s) {
        return new SsoSettingsView(true, s.entraTenantId(), s.clientId(), true, s.allowedDomains(), s.passwordSignIn(),
                s.updatedAt(), s.version(), settings.redirectUri());
    }

    private UUID adminId() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }
}
