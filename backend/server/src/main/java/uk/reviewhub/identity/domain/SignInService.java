package uk.reviewhub.identity.domain;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.reviewhub.identity.persistence.RefreshTokenQueries;
import uk.reviewhub.identity.persistence.UserQueries;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.AccessTokens;
import uk.reviewhub.security.SecretTokens;
import uk.reviewhub.security.SecuritySettings;
import uk.reviewhub.throttle.domain.Throttles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in, refresh and sign-out.
 *
 * <p>Every refusal looks the same to the caller ({@link SignInRejected}); unknown emails spend one
 * password verification like known ones. Failures are throttled per account, per unknown email and
 * per client address, all stored (the account on its row, the others in {@link Throttles}), so the
 * limits hold across replicas and restarts.
 * Refresh tokens are opaque random values of which only a SHA-256 is stored; each is used once:
 * a refresh revokes it and issues a new pair, and presenting a revoked token again revokes every
 * token of its user, since one of the two presenters is not the user.
 */
@Singleton
public class SignInService {

    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    private final UserQueries users;
    private final RefreshTokenQueries refreshTokens;
    private final PasswordHasher passwords;
    private final AccessTokens accessTokens;
    private final Clock clock;
    private final Duration refreshLifetime;
    private final AccountLockPolicy lockPolicy;
    private final Throttles.Lock unknownAccounts;
    private final Throttles.Window addresses;

    SignInService(UserQueries users, RefreshTokenQueries refreshTokens, PasswordHasher passwords,
                  AccessTokens accessTokens, Clock clock, SecuritySettings settings, Throttles throttles) {
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.clock = clock;
        this.refreshLifetime = settings.refreshTokenLifetime();
        SecuritySettings.SignIn signIn = settings.signIn();
        this.lockPolicy = new AccountLockPolicy(signIn.accountFailureLimit(), signIn.firstLock(), signIn.longestLock());
        // An email with no account is locked by the same policy as an account, so that "429 after
        // five failures" does not tell anyone whether the account exists.
        this.unknownAccounts = throttles.lock("sign-in-unknown-email", lockPolicy::lockAfter);
        this.addresses = throttles.window("sign-in-address", signIn.addressFailureLimit(), signIn.addressWindow());
    }

    /**
     * @param partnershipSlug which of the user's partnerships to work in; null for the first
     * @param clientAddress   where the request came from, for the per-address throttle
     */
    public SignedIn signIn(String email, String password, @Nullable String partnershipSlug, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> addressWait = addresses.waitFor(clientAddress, now);
        if (addressWait.isPresent()) {
            throw new SignInThrottled(addressWait.get());
        }
        Optional<UserAccount> found = users.findByEmail(email.strip());
        if (found.isEmpty()) {
            Optional<Duration> locked = unknownAccounts.lockedFor(email, now);
            if (locked.isPresent()) {
                throw new SignInThrottled(locked.get());
            }
            passwords.spendOneVerification(password);
            unknownAccounts.recordFailure(email, now);
            addresses.recordFailure(clientAddress, now);
            throw new SignInRejected();
        }
        UserAccount user = found.get();
        if (user.lockedAt(now)) {
            throw new SignInThrottled(Duration.between(now, user.lockedUntil()));
        }
        if (!passwords.matches(password, user.passwordHash()) || !user.active()) {
            int failures = users.recordFailure(user.id());
            lockPolicy.lockAfter(failures).ifPresent(lock -> {
                users.lockUntil(user.id(), now.plus(lock));
                LOG.warn("Account {} locked for {} after {} consecutive failed sign-ins", user.id(), lock, failures);
            });
            addresses.recordFailure(clientAddress, now);
            throw new SignInRejected();
        }
        List<Membership> memberships = users.membershipsOf(user.id());
        // A partnership that turned password sign-in off (single sign-on only) is not entered with a password.
        java.util.Set<UUID> passwordOff = memberships.isEmpty() ? java.util.Set.of() : users.passwordSignInOff();
        List<Membership> byPassword = memberships.stream().filter(m -> !passwordOff.contains(m.partnershipId())).toList();
        Membership chosen = choose(byPassword, partnershipSlug);
        if (chosen == null && (partnershipSlug != null || user.platformRoles().isEmpty())) {
            Membership refused = choose(memberships, partnershipSlug);
            if (refused != null) {
                throw new NotSignedInException(refused.name() + " signs in through your organisation: "
                        + "choose \"Sign in with your organisation\" on the sign-in page.");
            }
            throw new SignInRejected();
        }
        users.recordSuccess(user.id());
        return issue(user.person(), chosen, memberships, now, null);
    }

    public SignedIn refresh(String refreshToken) {
        Instant now = clock.instant();
        String hash = sha256(refreshToken);
        Optional<RefreshTokenQueries.Holder> holder = refreshTokens.consume(hash, now);
        if (holder.isEmpty()) {
            refreshTokens.revokedTokenUser(hash).ifPresent(userId -> {
                int revoked = refreshTokens.revokeAllOf(userId, now);
                LOG.warn("A revoked refresh token of user {} was presented again; revoked their {} other token(s)",
                        userId, revoked);
            });
            throw new SignInRejected();
        }
        Person user = users.findById(holder.get().userId())
                .filter(Person::active)
                .orElseThrow(SignInRejected::new);
        List<Membership> memberships = users.membershipsOf(user.id());
        return issue(user, working(user, memberships, holder.get().partnershipId()), memberships, now, holder.get().ssoTenantId());
    }

    /**
     * Issues tokens for a person already proven by other means: a just-provisioned first admin, an
     * accepted invitation, single sign-on, a switch of partnership. Refused as a failed sign-in is
     * when the account is inactive or the person holds no current membership of the partnership
     * asked for (null: platform work only, for a person with platform roles). Every token the
     * service issues, this and password sign-in and refresh alike, comes from one private method.
     */
    public SignedIn signInProven(UUID userId, @Nullable UUID partnershipId) {
        return signInProven(userId, partnershipId, null);
    }

    /**
     * As {@link #signInProven(UUID, UUID)}, for a session {@code ssoTenantId}'s single sign-on proved
     * (null: a password or another way), which the new tokens carry on through refreshes and switches.
     */
    public SignedIn signInProven(UUID userId, @Nullable UUID partnershipId, @Nullable UUID ssoTenantId) {
        Instant now = clock.instant();
        Person user = users.findById(userId).filter(Person::active).orElseThrow(SignInRejected::new);
        List<Membership> memberships = users.membershipsOf(user.id());
        return issue(user, working(user, memberships, partnershipId), memberships, now, ssoTenantId);
    }

    /** Revokes one of the user's refresh tokens; a token that is not theirs or not live changes nothing. */
    public void signOut(UUID userId, String refreshToken) {
        refreshTokens.revoke(userId, sha256(refreshToken), clock.instant());
    }

    /** The user and partnership an access token speaks for, as they are now. */
    public Optional<SignedInUser> whoIs(UUID userId, @Nullable UUID partnershipId) {
        return users.findById(userId).map(user -> {
            List<Membership> memberships = users.membershipsOf(userId);
            Membership current = partnershipId == null ? null : memberships.stream()
                    .filter(m -> m.partnershipId().equals(partnershipId)).findFirst().orElse(null);
            return new SignedInUser(user, current, memberships);
        });
    }

    /** A user with the partnership they are working in (null for platform-only) and all their memberships. */
    public record SignedInUser(Person user, @Nullable Membership partnership, List<Membership> memberships) {
    }

    /** The membership to work in, or null for platform-only work; refused if neither is allowed. */
    private static @Nullable Membership working(Person user, List<Membership> memberships, @Nullable UUID partnershipId) {
        if (partnershipId != null) {
            return memberships.stream().filter(m -> m.partnershipId().equals(partnershipId)).findFirst()
                    .orElseThrow(SignInRejected::new);
        }
        if (user.platformRoles().isEmpty()) {
            throw new SignInRejected();
        }
        return null;
    }

    private static @Nullable Membership choose(List<Membership> memberships, @Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            return memberships.isEmpty() ? null : memberships.getFirst();
        }
        return memberships.stream().filter(m -> m.slug().equals(slug.strip())).findFirst().orElse(null);
    }

    private SignedIn issue(Person user, @Nullable Membership partnership, List<Membership> memberships, Instant now,
                           @Nullable UUID ssoTenantId) {
        List<String> roles = new ArrayList<>();
        if (partnership != null) {
            roles.addAll(partnership.roles());
        }
        roles.addAll(user.platformRoles());
        AccessTokens.Issued access = accessTokens.issue(user.id(),
                partnership == null ? null : partnership.partnershipId(), roles, user.displayName(), user.email());
        String refresh = newRefreshToken();
        refreshTokens.store(user.id(), partnership == null ? null : partnership.partnershipId(), sha256(refresh),
                now, now.plus(refreshLifetime), ssoTenantId);
        return new SignedIn(access, refresh, user, partnership, memberships);
    }

    private static String newRefreshToken() {
        return SecretTokens.newToken();
    }

    static String sha256(String token) {
        return SecretTokens.sha256Hex(token);
    }
}
