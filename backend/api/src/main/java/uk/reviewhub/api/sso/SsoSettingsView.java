package uk.reviewhub.api.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * The partnership's single sign-on as it stands ({@code configured} false: none yet). The client
 * secret is never answered, only whether one is stored. {@code redirectUri} is the address to
 * register with the provider as the application's redirect URI.
 */
@Serdeable
public record SsoSettingsView(
        boolean configured,
        @Nullable String entraTenantId,
        @Nullable String clientId,
        boolean clientSecretSet,
        List<String> allowedDomains,
        boolean passwordSignIn,
        @Nullable Instant updatedAt,
        int version,
        String redirectUri) {
}
