package uk.reviewhub.onboarding.domain;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.reviewhub.security.PublicLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.api.vocabulary.StartingPoint;
import uk.reviewhub.identity.domain.Accounts;
import uk.reviewhub.identity.domain.PasswordPolicy;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.identity.domain.SignedIn;
import uk.reviewhub.mail.domain.MailMessage;
import uk.reviewhub.mail.domain.Mailer;
import uk.reviewhub.onboarding.persistence.RegistrationStore;
import uk.reviewhub.partnership.domain.PackLoader;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.problem.TooManyRequestsException;
import uk.reviewhub.security.SecretTokens;
import uk.reviewhub.throttle.domain.Throttles;
import uk.reviewhub.tenancy.TenantContext;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Self-service onboarding from "we want to use this" to a signed-in first admin: a public
 * registration, its email confirmed by a single-use link, a platform admin's decision (or an
 * automatic approval for listed public-sector domains), and the set-up through a single-use link
 * that provisions the partnership from a starting pack. The public answers never say whether a
 * partnership or email is known; registrations are limited per client address and per email.
 */
@Singleton
public class Registrations {

    private static final Logger LOG = LoggerFactory.getLogger(Registrations.class);

    /** The answer to every registration, whatever was known before. */
    public static final String REGISTERED = "Thank you. If these details can be used, we have sent a link to the email address "
            + "given: follow it within a day to confirm the request. Then a Review Hub administrator looks at it and we "
            + "email you the outcome.";
    public static final String VERIFIED = "Thank you: your email address is confirmed. A Review Hub administrator will look at "
            + "the request and email you the outcome, with a link to set the partnership up if it is approved.";
    public static final String DEAD_LINK = "This link cannot be used: it has been used already, has expired or is not complete. "
            + "Copy the whole link from the email, or register again.";
    static final String NAME_TAKEN = "A partnership with this name is already on Review Hub. Choose another name.";

    private final RegistrationStore store;
    private final Provisioning provisioning;
    private final StartingPacks startingPacks;
    private final PackLoader packs;
    private final PasswordPolicy passwordPolicy;
    private final SignInService signIns;
    private final Mailer mailer;
    private final OnboardingSettings settings;
    private final PublicLinks links;
    private final Clock clock;
    private final Throttles.Window perAddress;
    private final Throttles.Window perEmail;

    Registrations(RegistrationStore store, Provisioning provisioning, StartingPacks startingPacks, PackLoader packs,
                  PasswordPolicy passwordPolicy, SignInService signIns, Mailer mailer, OnboardingSettings settings, PublicLinks links, Clock clock,
                  Throttles throttles) {
        this.store = store;
        this.provisioning = provisioning;
        this.startingPacks = startingPacks;
        this.packs = packs;
        this.passwordPolicy = passwordPolicy;
        this.signIns = signIns;
        this.mailer = mailer;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
        this.perAddress = throttles.window("registration-address", settings.perAddressPerHour(), Duration.ofHours(1));
        this.perEmail = throttles.window("registration-email", settings.perEmailPerDay(), Duration.ofDays(1));
    }

    /** Records the request and mails its confirmation link; the same answer whatever is known. */
    public String register(String partnershipName, List<String> localAuthorities, String requesterName, String email,
                           String clientAddress) {
        oneLine("partnershipName", partnershipName);
        oneLine("requesterName", requesterName);
        for (int i = 0; i < localAuthorities.size(); i++) {
            oneLine("localAuthorities[" + i + "]", localAuthorities.get(i));
        }
        Instant now = clock.instant();
        String name = partnershipName.strip();
        String normalEmail = Accounts.normalEmail(email).toLowerCase(Locale.ROOT);
        List<String> authorities = localAuthorities.stream().map(String::strip).distinct().toList();
        throttle(perAddress, clientAddress, now);
        throttle(perEmail, normalEmail, now);
        perAddress.recordFailure(clientAddress, now);
        perEmail.recordFailure(normalEmail, now);
        String token = SecretTokens.newToken();
        store.insert(name, authorities, requesterName.strip(), normalEmail, SecretTokens.sha256Hex(token),
                now.plus(Duration.ofHours(settings.verifyLinkHours())), now);
        String confirmLink = link("register/confirm", token);
        mail(normalEmail, confirmLink, "Confirm your request for " + name + " on Review Hub", """
                Hello %s,

                Someone (we hope you) asked for %s to use Review Hub, giving this email address.
                To confirm the request, follow this link within %d hours:

                %s

                If you did not ask, ignore this email: nothing happens without the link.
                """.formatted(requesterName.strip(), name, settings.verifyLinkHours(), confirmLink));
        return REGISTERED;
    }

    /** Uses a confirmation link; a listed domain is approved at once (unless the name is taken: then a person decides). */
    public String verify(String token, String clientAddress) {
        Instant now = clock.instant();
        throttle(perAddress, clientAddress, now);
        Optional<Registration> verified = store.verify(SecretTokens.sha256Hex(token), now);
        if (verified.isEmpty()) {
            perAddress.recordFailure(clientAddress, now);
            throw new NotFoundException(DEAD_LINK);
        }
        Registration registration = verified.get();
        if (settings.autoApproves(registration.email()) && !nameTaken(registration.partnershipName())) {
            approve(registration.id(), null, true);
        }
        return VERIFIED;
    }

    public List<Registration> forPlatform() {
        return store.verifiedAndLater(500);
    }

    /** A platform admin (or the automatic rule, {@code decidedBy} null) approves: the requester gets the set-up link. */
    public Registration approve(UUID id, @Nullable UUID decidedBy, boolean automatic) {
        Registration registration = waiting(id);
        if (nameTaken(registration.partnershipName())) {
            throw new InvalidFieldException("partnershipName", NAME_TAKEN);
        }
        Instant now = clock.instant();
        String token = SecretTokens.newToken();
        Registration approved = store.approve(id, decidedBy, automatic, SecretTokens.sha256Hex(token),
                now.plus(Duration.ofDays(settings.setupLinkDays())), now).orElseThrow(() -> notWaiting(id));
        String setupLink = link("register/setup", token);
        mail(approved.email(), setupLink, "Your request for " + approved.partnershipName() + " on Review Hub is approved", """
                Hello %s,

                Your request for %s to use Review Hub is approved. Set the partnership up with this link
                within %d days: you choose what it starts from and your password, and you are then
                signed in as its first administrator.

                %s

                The link works once.
                """.formatted(approved.requesterName(), approved.partnershipName(), settings.setupLinkDays(), setupLink));
        return approved;
    }

    public Registration reject(UUID id, UUID decidedBy, String reason) {
        waiting(id);
        Registration rejected = store.reject(id, decidedBy, reason.strip(), clock.instant()).orElseThrow(() -> notWaiting(id));
        mail(rejected.email(), null, "Your request for " + rejected.partnershipName() + " on Review Hub", """
                Hello %s,

                Your request for %s to use Review Hub was not approved. The reason given:

                %s

                You may register again with more detail.
                """.formatted(rejected.requesterName(), rejected.partnershipName(), reason.strip()));
        return rejected;
    }

    /** The request a live set-up link belongs to (the link is not used up by looking). */
    public Registration setupOffer(String token, String clientAddress) {
        Instant now = clock.instant();
        throttle(perAddress, clientAddress, now);
        return store.bySetupLink(SecretTokens.sha256Hex(token), now).orElseThrow(() -> {
            perAddress.recordFailure(clientAddress, now);
            return new NotFoundException(DEAD_LINK);
        });
    }

    /**
     * Sets the partnership up from a set-up link and signs its first admin in. Checked before any
     * writing: the starting point, the password and the name; then provisioned in one transaction.
     */
    public SignedIn setup(String token, String startingPoint, String password, @Nullable String partnershipName,
                          String clientAddress) {
        Registration registration = setupOffer(token, clientAddress);
        List<InvalidFieldException.FieldProblem> problems = new java.util.ArrayList<>();
        Optional<StartingPoint> point = StartingPoint.ofCode(startingPoint.strip());
        if (point.isEmpty()) {
            problems.add(new InvalidFieldException.FieldProblem("startingPoint", "Choose one of the starting points offered."));
        }
        passwordPolicy.problem(password, registration.email())
                .ifPresent(p -> problems.add(new InvalidFieldException.FieldProblem("password", p)));
        if (partnershipName != null) {
            oneLine("partnershipName", partnershipName);
        }
        String name = partnershipName == null || partnershipName.isBlank() ? registration.partnershipName() : partnershipName.strip();
        String slug = StartingPacks.slug(name);
        if (partnershipName != null && !partnershipName.isEmpty() && partnershipName.isBlank()) {
            problems.add(new InvalidFieldException.FieldProblem("partnershipName", "Enter the partnership's name, or leave it out."));
        } else if (nameTaken(name)) {
            problems.add(new InvalidFieldException.FieldProblem("partnershipName", NAME_TAKEN));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
        UUID tenantId = UUID.randomUUID();
        String tokenHash = SecretTokens.sha256Hex(token);
        UUID userId;
        try {
            userId = TenantContext.callAs(tenantId, () -> provisioning.provision(registration, tokenHash, tenantId, point.get().code(),
                    startingPacks.source(point.get(), slug, name, registration.localAuthorities()), slug, name, password));
        } catch (RuntimeException e) {
            if (uniqueViolation(e)) { // a request racing for the same name got there first; nothing of this one is kept
                throw new InvalidFieldException("partnershipName", NAME_TAKEN);
            }
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        LOG.info("Registration {} provisioned as partnership {} from the {} starting point", registration.id(), tenantId,
                point.get().code());
        return signIns.signInProven(userId, tenantId);
    }

    private static void oneLine(String field, String value) {
        if (value.contains("\n") || value.contains("\r")) {
            throw new InvalidFieldException(field, "Write this on one line.");
        }
    }

    private boolean nameTaken(String name) {
        return packs.nameTaken(name.strip(), StartingPacks.slug(name));
    }

    private Registration waiting(UUID id) {
        Registration registration = store.find(id).filter(r -> r.status() != uk.reviewhub.api.vocabulary.RegistrationStatus.UNVERIFIED)
                .orElseThrow(() -> new NotFoundException("No such request for a partnership."));
        if (registration.status() != uk.reviewhub.api.vocabulary.RegistrationStatus.VERIFIED) {
            throw notWaiting(id);
        }
        return registration;
    }

    private static RuleNotMetException notWaiting(UUID id) {
        return new RuleNotMetException("This request has been decided already.");
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void throttle(Throttles.Window throttle, String key, Instant now) {
        throttle.waitFor(key, now).ifPresent(wait -> {
            throw new TooManyRequestsException("Too many requests: try again later.", wait);
        });
    }

    private String link(String route, String token) {
        return links.withToken(route, token);
    }

    /**
     * Sent with no partnership bound: it goes to the platform's outbox (and SMTP when configured).
     * {@code secret} is the link in it, or null: a copy kept of a message sent by SMTP withholds it.
     */
    private void mail(String to, @Nullable String secret, String subject, String text) {
        MailMessage message = new MailMessage(List.of(to), subject, text, null, null, secret == null ? List.of() : List.of(secret));
        try {
            TenantContext.callWithoutTenant(() -> mailer.send(message));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
