package uk.reviewhub.api.invitation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import jakarta.validation.Valid;
import uk.reviewhub.api.ApiPaths;

/** The two public calls of an invitation link: what it offers, and accepting it. */
public interface InvitationLinksApi {

    @Post(ApiPaths.INVITATION_LINK)
    InvitationPreview preview(@Body @Valid InvitationLinkRequest request);

    @Post(ApiPaths.INVITATION_ACCEPT)
    InvitationAccepted accept(@Body @Valid AcceptInvitationRequest request);
}
