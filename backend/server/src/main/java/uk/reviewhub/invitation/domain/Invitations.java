package uk.reviewhub.invitation.domain;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.reviewhub.security.PublicLinks;
import uk.reviewhub.api.vocabulary.InvitationStatus;
import uk.reviewhub.invitation.persistence.InvitationStore;
import uk.reviewhub.mail.domain.MailMessage;
import uk.reviewhub.mail.domain.Mailer;
import uk.reviewhub.problem.ConflictException;
import uk.reviewhub.problem.InvalidFieldException;
import uk.reviewhub.problem.NotFoundException;
import uk.reviewhub.problem.RuleNotMetException;
import uk.reviewhub.security.SecretTokens;
import uk.reviewhub.time.LondonTime;
import uk.reviewhub.identity.domain.Accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A partnership's admins invite people: by email, with a partnership role and optionally a seat.
 * Each invitation has one live link at a time (a token of {@link SecretTokens}, stored hashed),
 * which expires {@link #LINK_LIFETIME} after it was sent, dies when a new one is sent (resend) or
 * the invitation is revoked, and is used up when accepted ({@link InvitationLinks}). Mail goes
 * through the partnership's mail; the kept copy of a message sent by SMTP withholds the link.
 */
@Singleton
public class Invitations {

    public static final Duration LINK_LIFETIME = Duration.ofDays(7);
    private static final String NOT_FOUND = "No such invitation in this partnership.";

    private final InvitationStore store;
    private final Mailer mailer;
    private final Clock clock;
    private final PublicLinks links;

    Invitations(InvitationStore store, Mailer mailer, Clock clock,
                PublicLinks links) {
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
        this.links = links;
    }

    public List<Invitation> all() {
        return store.all();
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional
    public Invitation invite(NewInvitation request, UUID adminId) {
        String email = Accounts.normalEmail(request.email());
        if (email.length() > Accounts.EMAIL_MAX) {
            throw new InvalidFieldException("email", "Email must be at most " + Accounts.EMAIL_MAX + " characters.");
        }
        LocalDate today = LondonTime.today(clock);
        if (request.groupMemberId() != null && !store.seatOpen(request.groupMemberId(), today)) {
            throw new InvalidFieldException("groupMemberId", "No such seat in this partnership that is current and has nobody linked to it.");
        }
        if (store.holdsCurrentRole(email, today)) {
            throw new ConflictException(email + " already holds a role in this partnership: change their roles instead.");
        }
        if (store.openInvitationFor(email)) {
            throw new ConflictException(email + " has already been invited and has not answered yet: send the invitation again instead.");
        }
        NewInvitation clean = new NewInvitation(email, request.displayName().strip(), request.role(), request.groupMemberId());
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        UUID id = store.insert(clean, SecretTokens.sha256(token), now, now.plus(LINK_LIFETIME), adminId);
        Invitation invitation = store.find(id).orElseThrow();
        mail(invitation, token);
        return invitation;
    }

    /** A new link, mailed; the old link no longer works. Not for an accepted or revoked invitation. */
    @Transactional
    public Invitation resend(UUID id) {
        Invitation invitation = store.forUpdate(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        InvitationStatus status = invitation.status(clock.instant());
        if (status == InvitationStatus.ACCEPTED || status == InvitationStatus.REVOKED) {
            throw new RuleNotMetException("This invitation was " + status.name().toLowerCase() + ": it cannot be sent again. Invite the person anew if needed.");
        }
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        store.replaceLink(id, SecretTokens.sha256(token), now, now.plus(LINK_LIFETIME));
        Invitation sent = store.find(id).orElseThrow();
        mail(sent, token);
        return sent;
    }

    /** Its link no longer works. Not for an accepted invitation (end the person's roles instead). */
    @Transactional
    public Invitation revoke(UUID id, UUID adminId) {
        Invitation invitation = store.forUpdate(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        switch (invitation.status(clock.instant())) {
            case ACCEPTED -> throw new RuleNotMetException("This invitation was accepted: end the person's roles instead.");
            case REVOKED -> throw new RuleNotMetException("This invitation was already revoked.");
            default -> store.revoke(id, clock.instant(), adminId);
        }
        return store.find(id).orElseThrow();
    }

    private void mail(Invitation invitation, String token) {
        String link = links.withToken("invitation", token);
        String partnership = store.partnershipName();
        String text = """
                Dear %s,

                %s invites you to work in %s on Review Hub as %s.

                To accept, open this link by %s (it works once):

                %s

                If you already use Review Hub with this email address, accepting adds the role to your account and you \
                sign in as usual. If you did not expect this invitation, you can ignore this message.
                """.formatted(invitation.displayName(), invitation.invitedBy(), partnership, invitation.role().label(),
                LondonTime.UK_DATE.format(invitation.expiresAt().atZone(LondonTime.ZONE)), link);
        mailer.send(new MailMessage(List.of(invitation.email()), "Invitation to " + partnership + " on Review Hub", text, null,
                null, List.of(link)));
    }
}
