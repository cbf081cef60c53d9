package uk.reviewhub.invitation.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.utils.SecurityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.auth.Roles;
import uk.reviewhub.api.invitation.InvitationRequest;
import uk.reviewhub.api.invitation.InvitationView;
import uk.reviewhub.api.invitation.InvitationsApi;
import uk.reviewhub.invitation.domain.Invitation;
import uk.reviewhub.invitation.domain.Invitations;
import uk.reviewhub.invitation.domain.NewInvitation;
import uk.reviewhub.problem.NotSignedInException;
import uk.reviewhub.security.CurrentUser;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Partnership admins invite people, and resend or revoke their invitations. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PARTNERSHIP_ADMIN)
@Tag(name = "Invitations")
class InvitationController implements InvitationsApi {

    private final Invitations invitations;
    private final SecurityService security;

    InvitationController(Invitations invitations, SecurityService security) {
        this.invitations = invitations;
        this.security = security;
    }

    @Override
    @Operation(summary = "The partnership's invitations, newest first (never their links)")
    public List<InvitationView> invitations() {
        Instant now = invitations.now();
        return invitations.all().stream().map(i -> view(i, now)).toList();
    }

    @Override
    @Operation(summary = "Invite a person by email with a partnership role (and optionally a seat); the link is mailed and lasts 7 days")
    public InvitationView invite(@Body @Valid InvitationRequest request) {
        return view(invitations.invite(new NewInvitation(request.email(), request.displayName(), request.role(), request.groupMemberId()),
                adminId()), invitations.now());
    }

    @Override
    @Operation(summary = "Send the invitation again with a new link (7 days from now); the old link no longer works")
    public InvitationView resend(@PathVariable UUID invitationId) {
        return view(invitations.resend(invitationId), invitations.now());
    }

    @Override
    @Operation(summary = "Revoke the invitation; its link no longer works")
    public InvitationView revoke(@PathVariable UUID invitationId) {
        return view(invitations.revoke(invitationId, adminId()), invitations.now());
    }

    private UUID adminId() {
        return CurrentUser.of(security.getAuthentication().orElseThrow(() -> new NotSignedInException("Sign in first."))).userId();
    }

    static InvitationView view(Invitation i, Instant now) {
        return new InvitationView(i.id(), i.email(), i.displayName(), i.role(), i.groupMemberId(), i.seat(), i.status(now), i.sentAt(),
                i.expiresAt(), i.timesSent(), i.invitedBy(), i.acceptedAt(), i.revokedAt(), i.version());
    }
}
