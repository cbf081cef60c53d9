package uk.reviewhub.sso.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.identity.domain.Accounts;
import uk.reviewhub.invitation.domain.InvitationLinks;
import uk.reviewhub.problem.ForbiddenException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.sso.persistence.SsoStore;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A sign-in's work inside its partnership (bound by {@link SsoSignIn}), each call one transaction. */
@Singleton
class SsoAttempts {

    private final SsoStore store;
    private final Accounts accounts;
    private final Clock clock;
    private final InvitationLinks invitations;

    SsoAttempts(SsoStore store, Accounts accounts, Clock clock, InvitationLinks invitations) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
        this.invitations = invitations;
    }

    /** Records a new attempt and answers the settings it runs under. */
    @Transactional
    StoredSsoSettings begin(byte[] stateHash, Instant expiresAt) {
        StoredSsoSettings settings = store.settings().orElseThrow(() -> new RuleNotMetException(SsoSignIn.NO_SSO));
        store.insertAttempt(stateHash, clock.instant(), expiresAt);
        return settings;
    }

    /** Uses the attempt up (once, before it expires) and answers the settings it runs under. */
    @Transactional
    StoredSsoSettings use(byte[] stateHash) {
        if (!store.useAttempt(stateHash, clock.instant())) {
            throw new RuleNotMetException("This sign-in has already been used or has expired. Start again from the sign-in page.");
        }
        return store.settings().orElseThrow(() -> new RuleNotMetException(SsoSignIn.NO_SSO));
    }

    /**
     * The person the provider's identity is linked to, linking it the first time: only to a person
     * holding a role in the partnership, invited to it, or with an email in one of its allowed
     * domains. A live invitation to the email is accepted on the way (the role granted).
     */
    @Transactional
    Linked link(String subject, String email, String name, StoredSsoSettings settings) {
        Optional<UUID> linked = store.personOfSubject(subject);
        if (linked.isPresent()) {
            invitations.acceptForProvenEmail(email, linked.get());
            return new Linked(linked.get(), store.partnershipName());
        }
        boolean member = store.holdsCurrentRole(email, LondonTime.today(clock));
        if (!member && !invitations.invitationWaitsFor(email) && !settings.allows(email)) {
            throw new ForbiddenException("Your organisation's account (" + email + ") is not one " + store.partnershipName()
                    + " has invited, and its domain is not one the partnership allows. Ask the partnership's admin to invite you.");
        }
        UUID userId = accounts.createWithoutPassword(email, name);
        if (store.personLinked(userId)) {
            throw new ForbiddenException("Another account at your organisation is already linked to this person in "
                    + store.partnershipName() + ". Ask the partnership's admin.");
        }
        store.link(subject, userId, clock.instant());
        invitations.acceptForProvenEmail(email, userId);
        return new Linked(userId, store.partnershipName());
    }

    record Linked(UUID userId, String partnershipName) {
    }
}
