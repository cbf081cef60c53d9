package uk.reviewhub.sso.domain;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.access.AccessCheck;
import uk.reviewhub.api.vocabulary.SignInMethod;
import uk.reviewhub.identity.domain.SignInRejected;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.throttle.domain.Throttles;
import uk.reviewhub.identity.domain.SignedIn;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.TooManyRequestsException;
import uk.reviewhub.security.SecretTokens;
import uk.reviewhub.security.SecretsKey;
import uk.reviewhub.tenancy.TenantContext;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Signing in through a partnership's organisation: the way to sign in for an email (from its
 * domain alone), starting (a random state whose SHA-256 is kept for 10 minutes; the nonce and the
 * PKCE verifier derived from it with the secrets key, so the browser, which holds only the state,
 * can derive neither), and finishing (the state used once, the code exchanged, the ID token checked
 * against that partnership's settings, the identity linked, tokens from
 * {@link SignInService#signInProven}). Look-ups and starts are limited per client address, and so
 * are finishes with an unknown state.
 */
@Singleton
public class SsoSignIn {

    static final String NO_SSO = "No partnership signs in through this email's organisation. Sign in with your password.";
    private static final Logger LOG = LoggerFactory.getLogger(SsoSignIn.class);

    private final SsoAttempts attempts;
    private final OpenIdProvider provider;
    private final SsoSettingsService settingsService;
    private final uk.reviewhub.sso.persistence.SsoStore store;
    private final SecretsKey key;
    private final SignInService signIns;
    private final AccessCheck accessCheck;
    private final SsoConfiguration configuration;
    private final Clock clock;
    private final Throttles.Window lookups;
    private final Throttles.Window unknownStates;

    SsoSignIn(SsoAttempts attempts, OpenIdProvider provider, SsoSettingsService settingsService,
              uk.reviewhub.sso.persistence.SsoStore store, SecretsKey key, SignInService signIns, AccessCheck accessCheck,
              SsoConfiguration configuration, Clock clock, uk.reviewhub.security.SecuritySettings security,
              Throttles throttles) {
        this.attempts = attempts;
        this.provider = provider;
        this.settingsService = settingsService;
        this.store = store;
        this.key = key;
        this.signIns = signIns;
        this.accessCheck = accessCheck;
        this.configuration = configuration;
        this.clock = clock;
        this.lookups = throttles.window("sso-lookup-address", configuration.lookupsPerAddress(), configuration.lookupWindow());
        this.unknownStates = throttles.window("sso-unknown-state-address", security.signIn().addressFailureLimit(),
                security.signIn().addressWindow());
    }

    /** The way to sign in, and whether a password is taken too. */
    public record Way(SignInMethod method, boolean passwordSignIn) {
    }

    /** How a person with this email signs in: by the domain alone, known email or not. */
    public Way method(String email, String clientAddress) {
        counted(lookups, clientAddress);
        Optional<UUID> tenant = key.available() ? partnershipOf(email) : Optional.empty();
        if (tenant.isEmpty()) {
            return new Way(SignInMethod.PASSWORD, true);
        }
        boolean passwordSignIn = call(tenant.get(), settingsService::settings).map(StoredSsoSettings::passwordSignIn).orElse(true);
        return new Way(SignInMethod.ORGANISATION, passwordSignIn);
    }

    /** The provider's sign-in page for a new attempt. */
    public String start(String email, String clientAddress) {
        counted(lookups, clientAddress);
        if (!key.available()) {
            throw new RuleNotMetException(NO_SSO);
        }
        UUID tenant = partnershipOf(email).orElseThrow(() -> new RuleNotMetException(NO_SSO));
        String state = SecretTokens.newToken();
        Instant expires = clock.instant().plus(configuration.attemptLifetime());
        StoredSsoSettings settings = call(tenant, () -> attempts.begin(SecretTokens.sha256(state), expires));
        OpenIdProvider.Endpoints endpoints = provider.endpoints(configuration.issuerOf(settings.entraTenantId()));
        return provider.authorizationUrl(endpoints, settings.clientId(), settingsService.redirectUri(), state, nonce(state),
                challenge(verifier(state)), email.strip());
    }

    /** Finishes an attempt with the provider's answer: the person signed in to the partnership. */
    public SignedIn finish(String state, String code, String clientAddress) {
        Optional<Duration> wait = unknownStates.waitFor(clientAddress, clock.instant());
        if (wait.isPresent()) {
            throw new TooManyRequestsException("Too many sign-ins that match nothing were tried from here. Wait a while and try again.",
                    wait.get());
        }
        byte[] hash = SecretTokens.sha256(state.strip());
        Optional<UUID> found = store.tenantOfAttempt(hash);
        if (found.isEmpty()) {
            unknownStates.recordFailure(clientAddress, clock.instant());
            throw new NotFoundException("This sign-in is not one Review Hub started. Start again from the sign-in page.");
        }
        UUID tenant = found.get();
        StoredSsoSettings settings = call(tenant, () -> attempts.use(hash));
        String secret = key.open(settings.sealedSecret(), StoredSsoSettings.context(tenant));
        OpenIdProvider.Endpoints endpoints = provider.endpoints(configuration.issuerOf(settings.entraTenantId()));
        JWTClaimsSet claims = provider.signIn(endpoints, settings.entraTenantId(), settings.clientId(), secret, code.strip(),
                settingsService.redirectUri(), verifier(state.strip()), nonce(state.strip()));
        String subject = firstText(claims, "oid", "sub");
        String email = firstText(claims, "email", "preferred_username");
        if (subject == null || email == null || !email.contains("@") || email.length() > 254) {
            LOG.info("An ID token without a subject or an email address was refused");
            throw new NotSignedInException(OpenIdProvider.REFUSED);
        }
        String name = Optional.ofNullable(firstText(claims, "name")).filter(n -> !n.isBlank() && n.length() <= 200).orElse(email);
        SsoAttempts.Linked linked = call(tenant, () -> attempts.link(subject, email, name, settings));
        accessCheck.forget(linked.userId());
        try {
            return signIns.signInProven(linked.userId(), tenant, tenant);
        } catch (SignInRejected noRole) {
            throw new ForbiddenException("You signed in with your organisation, but you hold no current role in "
                    + linked.partnershipName() + ". Ask the partnership's admin to invite you.");
        }
    }

    private Optional<UUID> partnershipOf(String email) {
        String domain = SsoSettingsService.domainOf(email);
        return domain.isEmpty() ? Optional.empty() : store.tenantOfDomain(domain);
    }

    private void counted(Throttles.Window throttle, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = throttle.waitFor(clientAddress, now);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("Too many sign-in look-ups from here. Wait a while and try again.", wait.get());
        }
        throttle.recordFailure(clientAddress, now);
    }

    private String nonce(String state) {
        return key.derive("sso-nonce", state);
    }

    private String verifier(String state) {
        return key.derive("sso-pkce-verifier", state);
    }

    static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SecretTokens.sha256(verifier));
    }

    private static String firstText(JWTClaimsSet claims, String... names) {
        for (String name : names) {
            try {
                String value = claims.getStringClaim(name);
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            } catch (ParseException notText) {
                // not a string: try the next
            }
        }
        return null;
    }

    private static <T> T call(UUID tenant, Callable<T> work) {
        try {
            return TenantContext.callAs(tenant, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
