package uk.reviewhub.api.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Single sign-on with the partnership's Microsoft Entra ID tenant. {@code clientSecret} is needed
 * the first time; left out later, the stored one is kept. {@code allowedDomains}: people whose
 * email is in one of them may be linked on their first sign-in (e.g. {@code norfolk.gov.uk}).
 * {@code passwordSignIn} false: the partnership's people sign in only through their organisation.
 * {@code version}: the version read, for a change (a stale one is refused).
 */
@Serdeable
public record SsoSettingsRequest(
        @NotBlank @Size(max = 36) String entraTenantId,
        @NotBlank @Size(max = 36) String clientId,
        @Nullable @Size(max = 1000) String clientSecret,
        @NotNull @Size(max = 20) List<String> allowedDomains,
        @NotNull Boolean passwordSignIn,
        @Nullable Integer version) {
}
