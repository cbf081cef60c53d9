package uk.reviewhub.sso.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.audit.domain.AuditLog;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.InvalidFieldException.FieldProblem;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.security.PublicLinks;
import uk.reviewhub.security.SecretsKey;
import uk.reviewhub.sso.persistence.SsoStore;
import uk.reviewhub.tenancy.TenantContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The partnership's single sign-on settings, set by its admins. Entra's tenant and client ids are
 * GUIDs; the client secret is needed the first time and sealed before it is stored; each allowed
 * domain is a lower-case DNS name held by no other partnership. Password sign-in may be turned off
 * only by an admin who has signed in through the organisation here, so nobody locks themselves out.
 */
@Singleton
public class SsoSettingsService {

    static final String CALLBACK_ROUTE = "sso/callback";
    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DOMAIN = Pattern.compile("(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private final SsoStore store;
    private final SecretsKey key;
    private final Clock clock;
    private final PublicLinks links;
    private final AuditLog audit;

    SsoSettingsService(SsoStore store, SecretsKey key, Clock clock, PublicLinks links, AuditLog audit) {
        this.store = store;
        this.key = key;
        this.clock = clock;
        this.links = links;
        this.audit = audit;
    }

    /** The settings as they stand (the secret never opened), or none. */
    @Transactional
    public Optional<StoredSsoSettings> settings() {
        return store.settings();
    }

    /** The address the provider sends people back to, to register with it. */
    public String redirectUri() {
        return links.base() + "/" + CALLBACK_ROUTE;
    }

    /** The change an admin asks for. */
    public record Change(String entraTenantId, String clientId, @Nullable String clientSecret, List<String> allowedDomains,
                         boolean passwordSignIn, @Nullable Integer version) {
    }

    @Transactional
    public StoredSsoSettings save(Change change, UUID adminId) {
        UUID tenant = TenantContext.current().orElseThrow();
        Optional<StoredSsoSettings> current = store.settings();
        List<FieldProblem> problems = new ArrayList<>();
        String entraTenantId = change.entraTenantId().strip().toLowerCase(Locale.ROOT);
        if (!GUID.matcher(entraTenantId).matches()) {
            problems.add(new FieldProblem("entraTenantId",
                    "The directory (tenant) ID is a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, shown on the app's overview in Entra ID."));
        }
        String clientId = change.clientId().strip().toLowerCase(Locale.ROOT);
        if (!GUID.matcher(clientId).matches()) {
            problems.add(new FieldProblem("clientId",
                    "The application (client) ID is a GUID such as 0e5b8c1a-3f4d-4c2e-9a7b-1d2e3f4a5b6c, shown on the app's overview in Entra ID."));
        }
        String secret = change.clientSecret() == null ? null : change.clientSecret().strip();
        if (secret != null && secret.isEmpty() && !change.clientSecret().isEmpty()) {
            problems.add(new FieldProblem("clientSecret", "The client secret cannot be only spaces."));
        } else if ((secret == null || secret.isEmpty()) && current.isEmpty()) {
            problems.add(new FieldProblem("clientSecret", "Enter the client secret's value from Entra ID (Certificates & secrets)."));
        }
        LinkedHashSet<String> domains = new LinkedHashSet<>();
        for (int i = 0; i < change.allowedDomains().size(); i++) {
            String given = change.allowedDomains().get(i);
            String domain = given == null ? "" : given.strip().toLowerCase(Locale.ROOT);
            if (domain.startsWith("@")) {
                domain = domain.substring(1);
            }
            String field = "allowedDomains[" + i + "]";
            if (!DOMAIN.matcher(domain).matches()) {
                problems.add(new FieldProblem(field, "Enter a domain such as norfolk.gov.uk (the part of an email after the @)."));
            } else if (!domains.add(domain)) {
                problems.add(new FieldProblem(field, "This domain is listed twice."));
            } else if (store.domainHeldElsewhere(domain)) {
                problems.add(new FieldProblem(field, "Another partnership signs in through this domain already."));
            }
        }
        if (domains.isEmpty() && problems.stream().noneMatch(p -> p.field().startsWith("allowedDomains"))) {
            problems.add(new FieldProblem("allowedDomains", "List at least one email domain whose people sign in through the organisation."));
        }
        if (current.isPresent() && change.version() == null) {
            problems.add(new FieldProblem("version", "Give the version of the settings you read, to change them."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        if (!change.passwordSignIn() && !store.personLinked(adminId)) {
            throw new RuleNotMetException("Sign in once through your organisation before turning password sign-in off, "
                    + "so that you are not locked out.");
        }
        byte[] sealed = secret == null || secret.isEmpty() ? null : key.seal(secret, StoredSsoSettings.context(tenant));
        if (current.isEmpty() && change.version() != null) {
            throw new ConflictException("There are no single sign-on settings to change yet: read them again.");
        }
        if (!store.save(entraTenantId, clientId, sealed, List.copyOf(domains), change.passwordSignIn(), adminId, clock.instant(),
                current.isEmpty() ? null : change.version())) {
            throw new ConflictException("Someone else changed the single sign-on settings since you read them: read them again.");
        }
        // Who changed the way people sign in, and to what: never the secret, only whether it changed.
        audit.record(adminId, current.isEmpty() ? AuditLog.CREATE : AuditLog.UPDATE, "sso-settings", tenant,
                Map.of("entraTenantId", entraTenantId, "clientId", clientId, "allowedDomains", List.copyOf(domains),
                        "passwordSignIn", change.passwordSignIn(), "clientSecretChanged", sealed != null));
        return store.settings().orElseThrow();
    }

    /** The email's domain, lower-cased (empty for text without an @). */
    public static String domainOf(String email) {
        int at = email.strip().lastIndexOf('@');
        return at < 0 ? "" : email.strip().substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
