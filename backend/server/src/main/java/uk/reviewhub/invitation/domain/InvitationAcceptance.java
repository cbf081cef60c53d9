package uk.reviewhub.invitation.domain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.api.vocabulary.InvitationStatus;
import uk.reviewhub.identity.domain.Accounts;
import uk.reviewhub.invitation.persistence.InvitationStore;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.time.LondonTime;

import java.time.Clock;
import java.util.UUID;

/** An invitation link's work inside its partnership (bound by {@link InvitationLinks}), each call one transaction. */
@Singleton
class InvitationAcceptance {

    private final InvitationStore store;
    private final Accounts accounts;
    private final Clock clock;

    InvitationAcceptance(InvitationStore store, Accounts accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
    }

    record Done(UUID userId, boolean accountCreated, String email, String partnershipName) {
    }

    @Transactional
    InvitationLinks.Offer offer(byte[] hash) {
        Invitation invitation = usable(hash);
        return new InvitationLinks.Offer(store.partnershipName(), invitation.email(), invitation.displayName(), invitation.role(),
                invitation.expiresAt(), accounts.byEmail(invitation.email()).isPresent(), invitation.seat());
    }

    @Transactional
    Done accept(byte[] hash, @Nullable String displayName, @Nullable String password) {
        Invitation invitation = usable(hash);
        boolean exists = accounts.byEmail(invitation.email()).isPresent();
        UUID userId;
        if (exists) {
            userId = accounts.byEmail(invitation.email()).orElseThrow().id();
        } else {
            if (password == null || password.isEmpty()) {
                throw new InvalidFieldException("password", "Choose a password: at least 12 characters, not a common one.");
            }
            if (displayName != null && !displayName.isEmpty() && displayName.isBlank()) {
                throw new InvalidFieldException("displayName", "Your name cannot be only spaces.");
            }
            String name = displayName == null || displayName.isBlank() ? invitation.displayName() : displayName.strip();
            userId = accounts.createWithPassword(invitation.email(), name, password, "password");
        }
        grant(invitation, userId);
        return new Done(userId, !exists, invitation.email(), store.partnershipName());
    }

    /**
     * Accepts the newest live invitation to this email for a person who proved the email another way
     * (signing in through the partnership's organisation), as the link would: the role granted, the
     * seat taken, the invitation used. False when there is none.
     */
    @Transactional
    boolean acceptProven(String email, UUID userId) {
        java.util.Optional<Invitation> live = store.pendingForEmailForUpdate(email).stream()
                .filter(i -> i.status(clock.instant()) == InvitationStatus.PENDING).findFirst();
        live.ifPresent(invitation -> grant(invitation, userId));
        return live.isPresent();
    }

    private void grant(Invitation invitation, UUID userId) {
        store.grantRole(userId, invitation.role(), LondonTime.today(clock), invitation.invitedById());
        if (invitation.groupMemberId() != null) {
            store.takeSeat(invitation.groupMemberId(), userId);
        }
        store.accepted(invitation.id(), userId, clock.instant());
    }

    /** Whether a live invitation to this email waits in the partnership. */
    @Transactional
    boolean pending(String email) {
        return store.pendingForEmailForUpdate(email).stream().anyMatch(i -> i.status(clock.instant()) == InvitationStatus.PENDING);
    }

    private Invitation usable(byte[] hash) {
        Invitation invitation = store.byLinkForUpdate(hash).orElseThrow(() -> new NotFoundException(InvitationLinks.UNKNOWN));
        InvitationStatus status = invitation.status(clock.instant());
        switch (status) {
            case ACCEPTED -> throw new RuleNotMetException("This invitation has already been accepted: sign in instead.");
            case REVOKED -> throw new RuleNotMetException("This invitation was withdrawn by the partnership.");
            case EXPIRED -> throw new RuleNotMetException("This invitation link has expired: ask the partnership to send it again.");
            default -> {
                return invitation;
            }
        }
    }
}
