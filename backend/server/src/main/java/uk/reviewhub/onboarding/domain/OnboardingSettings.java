package uk.reviewhub.onboarding.domain;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;
import java.util.Locale;

/**
 * {@code reviewhub.onboarding.*}: how long the mailed links live (where they point is
 * {@link uk.reviewhub.security.PublicLinks}), which email
 * domains are approved without a platform admin, and the limits on the public registration form.
 *
 * @param autoApproveDomains   public-sector email domains approved automatically once verified
 *                             (e.g. {@code norfolk.gov.uk}); a subdomain counts; empty by default
 * @param verifyLinkHours      life of the confirmation link
 * @param setupLinkDays        life of the set-up link
 * @param perAddressPerHour    registrations (and link attempts) from one client address in an hour
 * @param perEmailPerDay       registrations for one email in a day
 */
@ConfigurationProperties("reviewhub.onboarding")
public record OnboardingSettings(
        @Bindable(defaultValue = "") List<String> autoApproveDomains,
        @Bindable(defaultValue = "24") int verifyLinkHours,
        @Bindable(defaultValue = "7") int setupLinkDays,
        @Bindable(defaultValue = "10") int perAddressPerHour,
        @Bindable(defaultValue = "3") int perEmailPerDay) {

    public OnboardingSettings {
        autoApproveDomains = autoApproveDomains == null ? List.of()
                : autoApproveDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).toList();
    }

    /** Whether the email's domain (or a domain it is under) is listed for automatic approval. */
    public boolean autoApproves(String email) {
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return autoApproveDomains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }
}
