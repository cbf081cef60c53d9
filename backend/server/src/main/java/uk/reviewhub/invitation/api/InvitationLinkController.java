package uk.reviewhub.invitation.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.reviewhub.api.invitation.AcceptInvitationRequest;
import uk.reviewhub.api.invitation.InvitationAccepted;
import uk.reviewhub.api.invitation.InvitationLinkRequest;
import uk.reviewhub.api.invitation.InvitationLinksApi;
import uk.reviewhub.api.invitation.InvitationPreview;
import uk.reviewhub.identity.api.MeMapper;
import uk.reviewhub.invitation.domain.InvitationLinks;

/**
 * The public calls of an invitation link (the person is not signed in). A link that matches
 * nothing is 404 and counts against the client address (429 after too many); a used, revoked or
 * expired one is 422 saying which.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Invitations")
class InvitationLinkController implements InvitationLinksApi {

    private final InvitationLinks links;
    private final HttpClientAddressResolver addressResolver;

    InvitationLinkController(InvitationLinks links, HttpClientAddressResolver addressResolver) {
        this.links = links;
        this.addressResolver = addressResolver;
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "What an invitation link offers: partnership, email, role, seat, expiry, whether the account exists")
    public InvitationPreview preview(@Body @Valid InvitationLinkRequest request) {
        InvitationLinks.Offer offer = links.offer(request.token(), address());
        return new InvitationPreview(offer.partnershipName(), offer.email(), offer.displayName(), offer.role(), offer.expiresAt(),
                offer.accountExists(), offer.seat());
    }

    @Override
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Accept an invitation: a new account with the chosen password (signed in), or the role added to the existing account")
    public InvitationAccepted accept(@Body @Valid AcceptInvitationRequest request) {
        InvitationLinks.Accepted accepted = links.accept(request.token(), request.displayName(), request.password(), address());
        return new InvitationAccepted(accepted.accountCreated(), accepted.email(), accepted.partnershipName(),
                accepted.session() == null ? null : MeMapper.response(accepted.session()));
    }

    private String address() {
        return String.valueOf(ServerRequestContext.currentRequest().map(addressResolver::resolve).orElse(null));
    }
}
