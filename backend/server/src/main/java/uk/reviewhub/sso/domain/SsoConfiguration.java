package uk.reviewhub.sso.domain;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code reviewhub.sso.*}.
 *
 * @param authority          the provider's base address; a partnership's issuer is
 *                           {@code <authority>/<its Entra tenant id>/v2.0} (Microsoft Entra ID's shape),
 *                           its metadata at {@code <issuer>/.well-known/openid-configuration}
 * @param attemptLifetime    how long a started sign-in may be finished
 * @param lookupsPerAddress  sign-in method look-ups and starts from one client address per {@code lookupWindow}
 * @param lookupWindow       the window of that limit
 */
@ConfigurationProperties("reviewhub.sso")
public record SsoConfiguration(
        @Bindable(defaultValue = "https://login.microsoftonline.com") String authority,
        @Bindable(defaultValue = "10m") Duration attemptLifetime,
        @Bindable(defaultValue = "120") int lookupsPerAddress,
        @Bindable(defaultValue = "15m") Duration lookupWindow) {

    public String issuerOf(String entraTenantId) {
        String base = authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
        return base + "/" + entraTenantId + "/v2.0";
    }
}
