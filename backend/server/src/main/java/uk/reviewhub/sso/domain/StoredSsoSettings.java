package uk.reviewhub.sso.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A partnership's single sign-on as stored: the client secret still sealed. */
public record StoredSsoSettings(String entraTenantId, String clientId, byte[] sealedSecret, List<String> allowedDomains,
                                boolean passwordSignIn, Instant updatedAt, int version) {

    /** Whether the email's domain is one of the allowed ones. */
    public boolean allows(String email) {
        return allowedDomains.contains(SsoSettingsService.domainOf(email));
    }

    /** The associated data a sealed secret is bound to: the partnership it belongs to. */
    static String context(java.util.UUID tenant) {
        return "sso-client-secret:" + tenant.toString().toLowerCase(Locale.ROOT);
    }
}
