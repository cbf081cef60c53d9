package uk.reviewhub.invitation.domain;

import io.micronaut.core.annotation.Nullable;
import uk.reviewhub.access.AccessCheck;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.PartnershipRole;
import uk.reviewhub.identity.domain.Accounts;
import uk.reviewhub.identity.domain.SignInService;
import uk.reviewhub.identity.domain.SignedIn;
import uk.reviewhub.invitation.persistence.InvitationStore;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.TooManyRequestsException;
import uk.reviewhub.security.SecretTokens;
import uk.reviewhub.security.SecuritySettings;
import uk.reviewhub.throttle.domain.Throttles;
import uk.reviewhub.tenancy.TenantContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The public side of an invitation link: what it offers, and accepting it. The person is not
 * signed in, so the partnership is found from the link alone ({@code platform.invitation_tenant})
 * and then bound, and everything else is read through row-level security. A link that matches
 * nothing (never issued, or replaced by a resend) is not found, and counts against the client
 * address, which must wait after too many such misses. A used, revoked or expired link says so.
 * Accepting creates the account with the chosen password ({@link Accounts}) and signs the person
 * in ({@link SignInService#signInProven}), or adds the role to the existing account, whose owner
 * then signs in as usual.
 */
@Singleton
public class InvitationLinks {

    static final String UNKNOWN = "This invitation link is not valid. It may have been replaced by a newer one: "
            + "use the link in the latest invitation email, or ask the partnership to send it again.";

    private final InvitationStore store;
    private final InvitationAcceptance acceptance;
    private final SignInService signIns;
    private final Clock clock;
    private final Throttles.Window addresses;
    private final AccessCheck accessCheck;

    InvitationLinks(InvitationStore store, InvitationAcceptance acceptance, SignInService signIns, Clock clock,
                    SecuritySettings settings, AccessCheck accessCheck, Throttles throttles) {
        this.accessCheck = accessCheck;
        this.store = store;
        this.acceptance = acceptance;
        this.signIns = signIns;
        this.clock = clock;
        this.addresses = throttles.window("invitation-link-address", settings.signIn().addressFailureLimit(), settings.signIn().addressWindow());
    }

    /** What the link offers; {@code seat} is the title of the seat it comes with, if any. */
    public record Offer(String partnershipName, String email, String displayName, PartnershipRole role, Instant expiresAt,
                        boolean accountExists, @Nullable String seat) {
    }

    /** An accepted invitation: {@code session} when a new account was made (null: sign in as usual). */
    public record Accepted(boolean accountCreated, String email, String partnershipName, @Nullable SignedIn session) {
    }

    public Offer offer(String token, String clientAddress) {
        UUID tenant = tenantOf(token, clientAddress);
        return call(tenant, () -> acceptance.offer(SecretTokens.sha256(token.strip())));
    }

    public Accepted accept(String token, @Nullable String displayName, @Nullable String password, String clientAddress) {
        UUID tenant = tenantOf(token, clientAddress);
        InvitationAcceptance.Done done = call(tenant, () -> acceptance.accept(SecretTokens.sha256(token.strip()), displayName, password));
        // Committed: the person's standing, perhaps cached from their other partnerships, now includes the new role.
        accessCheck.forget(done.userId());
        SignedIn session = done.accountCreated() ? signIns.signInProven(done.userId(), tenant) : null;
        return new Accepted(done.accountCreated(), done.email(), done.partnershipName(), session);
    }

    /**
     * For single sign-on, inside the partnership bound and the caller's transaction: whether a live
     * invitation waits for this email (one the organisation's sign-in proved).
     */
    public boolean invitationWaitsFor(String provenEmail) {
        return acceptance.pending(provenEmail);
    }

    /**
     * For single sign-on, inside the partnership bound and the caller's transaction: accepts the live
     * invitation to the email the organisation's sign-in proved, for the person it is linked to
     * (the role granted, the seat taken, the invitation used up). False when none waits.
     */
    public boolean acceptForProvenEmail(String provenEmail, UUID userId) {
        return acceptance.acceptProven(provenEmail, userId);
    }

    private UUID tenantOf(String token, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = addresses.waitFor(clientAddress, now);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("Too many invitation links that are not valid were tried from here. "
                    + "Wait a while and try again.", wait.get());
        }
        Optional<UUID> tenant = store.tenantOfLink(SecretTokens.sha256(token.strip()));
        if (tenant.isEmpty()) {
            addresses.recordFailure(clientAddress, now);
            throw new NotFoundException(UNKNOWN);
        }
        return tenant.get();
    }

    private static <T> T call(UUID tenant, java.util.concurrent.Callable<T> work) {
        try {
            return TenantContext.callAs(tenant, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
